// A static page: no framework, only the frame-sizing script.
export const csr = false;
