// A minimal ZIP writer (deflate, no encryption, no ZIP64): enough for an .xlsx, which is a ZIP of
// XML parts. Entries get a fixed date, so the same content always gives the same bytes.
import { crc32, deflateRawSync } from 'node:zlib';

/** 1 January 2017, 00:00, in MS-DOS date and time format. */
const DOS_TIME = 0;
const DOS_DATE = ((2017 - 1980) << 9) | (1 << 5) | 1;

/** Zips `files` (path → content) in the order given. */
export function zip(files: [string, string | Uint8Array][]): Uint8Array {
	const locals: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const [path, content] of files) {
		const name = Buffer.from(path, 'utf8');
		const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
		const packed = deflateRawSync(data, { level: 9 });
		const crc = crc32(data);
		const head = Buffer.alloc(30);
		head.writeUInt32LE(0x04034b50, 0);
		head.writeUInt16LE(20, 4); // version needed: 2.0
		head.writeUInt16LE(0x0800, 6); // names are UTF-8
		head.writeUInt16LE(8, 8); // deflate
		head.writeUInt16LE(DOS_TIME, 10);
		head.writeUInt16LE(DOS_DATE, 12);
		head.writeUInt32LE(crc, 14);
		head.writeUInt32LE(packed.length, 18);
		head.writeUInt32LE(data.length, 22);
		head.writeUInt16LE(name.length, 26);
		head.writeUInt16LE(0, 28);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4); // made by: 2.0
		entry.writeUInt16LE(20, 6);
		entry.writeUInt16LE(0x0800, 8);
		entry.writeUInt16LE(8, 10);
		entry.writeUInt16LE(DOS_TIME, 12);
		entry.writeUInt16LE(DOS_DATE, 14);
		entry.writeUInt32LE(crc, 16);
		entry.writeUInt32LE(packed.length, 20);
		entry.writeUInt32LE(data.length, 24);
		entry.writeUInt16LE(name.length, 28);
		entry.writeUInt32LE(offset, 42);
		locals.push(head, name, packed);
		central.push(entry, name);
		offset += head.length + name.length + packed.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(files.length, 8);
	end.writeUInt16LE(files.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
