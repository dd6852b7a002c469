// /data/datapackage.json: a Frictionless Data Package (https://datapackage.org) describing every CSV
// the site publishes: each field's name, type and meaning, and for dates their format and precision.
// Paths are relative to the package, so it works wherever the files are copied.
import { DATE_PATTERN, type PublishedTable } from './published-tables';

/** A Table Schema field. Date fields are strings constrained to ISO dates of any precision. */
export interface PackageField {
	name: string;
	type: 'number' | 'string';
	description: string;
	format?: 'default';
	constraints?: { pattern: string };
	/** Not in the Table Schema vocabulary, which has no date of variable precision; said here. */
	dateFormat?: string;
	datePrecision?: string;
}

export interface PackageResource {
	name: string;
	path: string;
	title: string;
	description: string;
	format: 'csv';
	mediatype: 'text/csv';
	encoding: 'utf-8';
	dialect: { delimiter: ','; doubleQuote: true; header: true; lineTerminator: '\n' };
	schema: { fields: PackageField[]; missingValues: [''] };
	/** The same table for spreadsheets, with every text cell stored as text. */
	spreadsheet: string;
}

export interface DataPackage {
	$schema: string;
	name: string;
	title: string;
	description: string;
	homepage?: string;
	sources: { title: string; path?: string }[];
	resources: PackageResource[];
}

const FORMULA_NOTE =
	' A text cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) carries a leading apostrophe; drop it when reading.';

function field(c: PublishedTable['columns'][number]): PackageField {
	if (!c.date) return { name: c.key, type: c.type, description: c.description };
	return {
		name: c.key,
		type: 'string',
		format: 'default',
		description: `${c.description}. ${c.date.format}; ${c.date.precision}.`,
		constraints: { pattern: DATE_PATTERN },
		dateFormat: c.date.format,
		datePrecision: c.date.precision
	};
}

/** The package for the published tables; `homepage` is the site's public URL when it is known. */
export function dataPackage(
	tables: PublishedTable[],
	homepage?: string,
	reports = 'the news reports'
): DataPackage {
	return {
		$schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
		name: 'the-last-towns',
		title: 'The last towns: the data behind each chart, and every claim',
		description: `The figures of “The last towns”, on the Islamic State’s territorial collapse in Iraq and Syria (November 2017), from ${reports}: a quoted figure with its exact quote, report and paragraph; a figure we computed (an area from Natural Earth’s polygons, a sum of two quoted ranges) marked as ours, with the claims it rests on; a date we read from a report’s words with how we read it. UTF-8 CSV without a byte-order mark, for code; each table also comes as .xlsx for spreadsheets.`,
		...(homepage ? { homepage } : {}),
		sources: [
			{
				title: `${reports[0].toUpperCase()}${reports.slice(1)}, quoted verbatim (see /sources and claims.json)`
			},
			{
				title: 'Natural Earth 1:50m (public domain), for areas and the map',
				path: 'https://www.naturalearthdata.com/'
			},
			{ title: 'GeoNames (CC BY 4.0), for town positions', path: 'https://www.geonames.org/' }
		],
		resources: tables.map((t) => ({
			name: t.name,
			path: `${t.name}.csv`,
			title: t.title,
			description: t.description + FORMULA_NOTE,
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
			dialect: { delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\n' },
			schema: { fields: t.columns.map(field), missingValues: [''] },
			spreadsheet: `${t.name}.xlsx`
		}))
	};
}
