// Every rule the build checks, by its stable code: the one list tools and tests name problems by.
// A code never changes when a message is reworded; a new check adds its code here, with its rule.

/** Each code and the rule it names, in a line. */
export const PROBLEM_CODES = {
	// The data folder, its files and their encoding.
	'data-folder-missing': 'the data folder exists',
	'file-missing': 'every data file (and the articles/ folder) is in the data folder',
	'no-reports': 'articles/ holds the reports as .txt files',
	'not-utf8': 'a data file or report is UTF-8',
	'byte-order-mark': 'a data file has no byte order mark',
	'not-lf-line-endings': 'a data file has LF line endings, never CRLF or CR',
	'control-character': 'a data file has no control character but the line feed and the tab',
	'invisible-character':
		'a data file has no invisible formatting character (zero-width, soft hyphen, bidi control)',
	// CSV syntax (claims.csv, omitted.csv).
	'csv-empty-file': 'a CSV has at least its header row',
	'csv-quote-not-closed': 'a quoted field is closed',
	'csv-unbalanced-quote': 'a closing " ends its field (nothing follows it but , or a line break)',
	'csv-stray-quote': 'a " appears only in a quoted field, doubled',
	'csv-empty-row': 'no blank or empty row between rows',
	'csv-extra-field': 'a row has no more fields than the header',
	'csv-missing-field': 'a row has no fewer fields than the header',
	'field-runs-over-line': 'only a quote may run over a line break',
	'header-missing-column': 'the claims.csv header names every claim column',
	'header-unknown-column': 'the claims.csv header names only claim columns',
	'header-duplicate-column': 'the claims.csv header names each column once',
	'header-mismatch': 'the omitted.csv header is exactly article,paragraph,quote,reason',
	// A claim's cells.
	'duplicate-id': 'a claim id, or a section or step id of the story, is used once',
	'claim-id-not-slug': 'a claim id is a lowercase slug',
	'required-field': 'a required field is filled',
	'not-a-number': 'a number cell (value, low, high, paragraph) is a plain number',
	'unknown-article': 'a claim or omission names one of the reports',
	'value-form': 'exactly one of value, low + high, or text is filled',
	'range-incomplete': 'a range has both low and high',
	'range-reversed': 'low is not greater than high',
	'unknown-unit': 'unit is one the quote check knows',
	'unknown-status': 'status is one of the event statuses',
	'status-missing': 'a town or crossing event has a status',
	'date-basis-missing': 'an event_date says how it was read (event_date_basis)',
	// A quote and what it supports.
	'paragraph-out-of-range': 'the paragraph exists in its report',
	'quote-in-other-paragraph': 'the quote is in the paragraph named, not another',
	'quote-not-verbatim': 'the quote is word for word in its paragraph',
	'number-not-in-quote': 'value, low and high are numbers the quote states',
	'text-not-in-quote': 'text is words of the quote',
	'qualifier-not-in-quote': 'qualifier is words of the quote',
	'qualifier-missing-hedge': 'a hedge the quote puts before its number is the qualifier',
	'qualifier-not-the-hedge':
		'a qualifier is the whole hedge the quote puts before its figure, or a known hedging word',
	'text-drops-negation': 'text does not drop a negation the quote puts before it',
	'text-drops-hedge':
		'text does not drop a hedge or count word the quote puts right before it (nearly, a pair of…)',
	'unit-missing': 'a number the quote writes with a word of a unit has that unit',
	'value-not-the-figure':
		'value (or low and high) is the figure the quote gives in the unit, not another of its numbers',
	'unit-not-in-quote': 'the quote has a word (or, for years, the form) of the unit',
	'not-iso-date': 'a date is ISO (YYYY, YYYY-MM or YYYY-MM-DD) and a real calendar date',
	'event-year-not-in-report': 'an event year is printed in its report, or is the report’s own',
	'event-after-report': 'an event date is not after its report was written (articles.json)',
	'event-date-too-precise':
		'an event day is printed in its report, is the report’s own date, or is named by its basis',
	'event-date-not-its-words':
		'an event date fits the relative words it is read from (last month, this month, last week, a weekday), against the report’s date bounds',
	'status-not-in-quote': 'the quote has a word of the status',
	'status-not-own-voice': '"retaken" is the report’s own voice, not someone’s claim',
	'status-superseded':
		'a state (still held, contested) is no status when the quote reports a change of hands',
	'attribution-not-in-report': 'every name in attributed_to is printed in its report',
	'unknown-metric': 'metric is one of the metrics src/lib/evidence/metrics.ts knows',
	'metric-not-in-paragraph': 'the claim’s paragraph has a word of its metric',
	'unknown-place': 'place is a town of the map or a known region',
	'place-not-named': 'the claim’s place is named in its report',
	'place-not-in-paragraph': 'place_as_written is printed in the claim’s paragraph',
	'spelling-of-other-place': 'place_as_written spells the claim’s own place',
	// articles.json and the reports' bytes.
	'json-syntax': 'articles.json is valid JSON',
	'unknown-field': 'a block (articles.json entry, story section, step…) has only known fields',
	'wrong-type': 'an articles.json field has its type',
	'wrong-format': 'an articles.json field has its format (file name, full date, sha256)',
	'invalid-value': 'an articles.json field has an allowed value',
	'date-bounds':
		'a report’s date bounds are in order, inside its date, and no earlier than a day its date evidence prints',
	'date-bounds-missing':
		'a date that is our reading (a month or a year) has date_bounds with an earliest day',
	'date-not-printed':
		'a whole day is a report’s date only when its date evidence, printed at the report’s head, reads as that day',
	'date-display':
		'date_display says “not printed” exactly when the date is not printed, and names no day but the date and its bounds',
	'report-not-described': 'every report has an entry in articles.json',
	'report-missing': 'every entry of articles.json has its report',
	'report-described-twice': 'each report has one entry in articles.json',
	'label-not-its-letter':
		'a report’s label is “Article” and the letter of its file’s place among the reports by file name (A, B, C…)',
	'sha256-missing': 'every report’s sha256 is recorded',
	'report-changed': 'every report’s bytes hash to the sha256 recorded',
	'headline-not-printed': 'a headline is its report’s first line, whole',
	'subhead-not-printed':
		'each subhead is a whole line of its report, after the headline, in the order printed',
	'credit-role-not-printed':
		'a credit’s role (photo, reporting, contributor) is what its printed words say it is for',
	'dateline-not-printed': 'a dateline is the words the report’s running text opens with',
	'dateline-missing': 'a dateline the report opens with (“BAGHDAD -”) is recorded',
	'basis-names-unknown-report': 'a date_basis names only reports there are, by their letter',
	'basis-weekday-wrong': 'a day a date_basis gives a weekday (or reads a weekday as) falls on it',
	'basis-quote-not-printed':
		'every phrase a date_basis or an event_date_basis quotes is printed in its report or in a report it names',
	// Coverage: omitted.csv and the reports' figures.
	'omission-without-figure': 'an omission quotes a figure',
	'figure-not-covered': 'every figure in the reports is quoted by a claim or listed as omitted',
	// References from the copy, the charts and our derived figures.
	'unknown-claim': 'a claim cited by the copy, a chart or a derived figure exists',
	'unknown-derived': 'a derived figure cited exists in src/lib/evidence/derived.ts',
	'unknown-generated': 'a generated text cited exists',
	'range-required': 'a claim summed as a range has low and high',
	'reference-unresolved': 'every reference in the copy resolves to the figure it shows',
	// The story copy (story.aml) and the charts' own copy.
	'story-unreadable': 'story.aml reads as ArchieML',
	'story-line-ignored':
		'every line of story.aml is read: a key, a paragraph of a [+…] block, a value closed by :end, a block marker or a // comment',
	'unknown-block':
		'story.aml opens only the blocks it has, each written as its kind ([+method], [.steps]…)',
	'malformed-reference': 'every {{…}} in the copy is a reference',
	'chart-without-steps': 'a section with a chart has steps',
	'steps-without-chart': 'a section with steps names its chart',
	'picture-malformed': 'a picture names a chart and one of its states',
	'caption-without-picture': 'a caption captions a picture',
	'updated-before-published': 'a page is updated after it is first published',
	'published-before-reports':
		'a page is published (and updated) no earlier than the first day its last report can have been written',
	'typed-figure': 'no digit, of any script, is typed into the copy',
	'number-word': 'no number word is typed into the copy',
	'relative-time-unquoted':
		'relative time words (yesterday, a week ago, last month) appear in the copy only quoted, as a report’s words',
	'typed-date':
		'no month or date is typed into the copy: dates are cited with {{claim-id|date}} or |month',
	'markup-in-copy':
		'the copy is plain text: no HTML tag, Markdown link or emphasis, which the page would show as typed',
	'reference-town-mismatch':
		'a claim about a town, cited beside a town’s name, is cited beside its own town (the nearest named in its sentence)',
	'attribution-not-cited':
		'a person or body the copy names as a source is the source of a claim cited in the same sentence',
	'step-town-not-named': 'a step whose map state is a town names that town in its text or alt',
	'derived-not-in-chart': 'a derived figure cited by a step is one its section’s chart shows',
	'precision-word-approximate':
		'a precision word (exactly, only, just…) never stands beside a figure that is rounded, hedged or a range',
	'unit-word-mismatch': 'a unit word beside a figure names the unit the figure carries',
	'reports-count-not-all':
		'a count of reports that stands for the whole page (the method, “everything here”) counts every report',
	'reports-count-mixed':
		'the claims one count of reports lists say one thing: one metric, one place, one status',
	'step-state-out-of-order': 'a section’s steps show its chart’s states in the spec’s order',
	'anaphor-unresolved':
		'“the same report” or “the same town” in a step points at a report or town of the step before',
	'step-repeats-figure':
		'a step does not tell again a figure an earlier step told while its chart shows one of that kind no step tells',
	'dek-date-not-latest':
		'every date the dek cites is in the month of the latest event the story’s steps tell',
	'relation-country-unchecked':
		'“in Iraq” or “in Syria” in a sentence naming a town is backed by an in-country check',
	'unknown-chart': 'a section or its picture names a chart',
	'chart-shown-twice': 'each chart is driven by one section',
	'chart-not-shown': 'every chart is shown by a section of story.aml',
	'unknown-state': 'a step or a picture names a state of its chart',
	'state-not-shown': 'every state of a chart is shown by a step',
	// The map's places (places.json).
	'town-not-in-places': 'every town of the map has exactly one GeoNames entry in places.json',
	'town-outside-country': 'a town’s lat and lng in places.json fall inside its country',
	// Building the charts.
	'chart-build-failed': 'every chart builds from the evidence',
	'chart-row-not-shown': 'a chart’s CSV rows cite only claims the chart shows',
	'chart-cell-wrong-type':
		'every cell of a chart’s rows is of its column’s declared type (a number column holds numbers)',
	// Relations in the copy (src/lib/story/relations.ts; the kinds are listed atop data/story.aml).
	'relation-unchecked-word':
		'a word that orders, compares or locates is covered by a relations entry of its step',
	'relation-phrase-missing': 'a relations entry’s phrase is in its step’s text or alt',
	'relation-does-not-hold': 'every check of a relations entry holds on the data',
	'relation-unknown-check': 'a relations entry names a known kind of check, with its arguments',
	'relation-unknown-id': 'a relations check names claims, towns and figures that exist',
	'relation-malformed': 'a relations entry is written phrase: and check: on lines of their own'
} as const satisfies Record<string, string>;

/** A problem's code: one of PROBLEM_CODES. */
export type ProblemCode = keyof typeof PROBLEM_CODES;
