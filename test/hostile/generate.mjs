// Writes the hostile-input catalogue: one JSON file per case under test/hostile/<path>/. Run it after
// changing a case: `node_modules/.bin/node test/hostile/generate.mjs`. Codes and checksums are made
// here with Node's own zlib and crypto, not with the site's code, so the fixtures do not depend on
// what they test. See README.md for the format.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

const here = new URL('.', import.meta.url).pathname;
const b64url = (buf) => Buffer.from(buf).toString('base64url');
const pack = (value) => b64url(deflateRawSync(Buffer.from(typeof value === 'string' ? value : JSON.stringify(value))));
const canonical = (v) =>
	Array.isArray(v)
		? `[${v.map(canonical).join(',')}]`
		: v && typeof v === 'object'
			? `{${Object.keys(v)
					.sort()
					.filter((k) => v[k] !== undefined)
					.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
					.join(',')}}`
			: JSON.stringify(v);
const seal = (r) => {
	const { checksum: _, ...rest } = r;
	return { ...rest, checksum: createHash('sha256').update(canonical(rest)).digest('hex') };
};
/** A large value without a large fixture: parts joined by the runners (README.md). */
const repeat = (text, times) => ({ repeat: text, times });

const CREATED = '2026-11-20T10:00:00.000Z';
const FUTURE = '9999-06-15T12:00:00.000Z';
/** The assignment the trainer keeps in the browser test (made known by a first, valid report). */
export const BASE = {
	v: 1,
	id: 'hostile-base-01',
	title: 'Hostile base',
	message: '',
	items: [
		{ kind: 'lesson', id: 'foundations/what-is-ai' },
		{ kind: 'quiz', id: 'foundations' },
	],
	passMark: 70,
	locale: 'en',
	createdAt: CREATED,
};
const assignment = (over = {}) => ({ ...BASE, id: 'hostile-a-0001', title: 'Hostile assignment', ...over });
const report = (over = {}, of = BASE) => ({
	format: 'academy-progress-report',
	v: 1,
	assignment: of,
	learner: { id: 'learner-h-001', name: 'Hostile learner' },
	createdAt: '2026-11-25T10:00:00.000Z',
	items: of.items.map((i) =>
		i.kind === 'quiz' ? { kind: 'quiz', id: i.id, attempts: 0 } : { kind: i.kind, id: i.id },
	),
	...over,
});
const sealed = (over, of) => seal(report(over, of));
const without = (o, key) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
/** JSON text with a key a parser might put on the prototype, written as text (see README.md). */
const withKey = (value, key, inner = { polluted: 1 }) =>
	JSON.stringify(value).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(inner)},`);
const deep = (depth) => [repeat('[', depth), repeat(']', depth)];

const cases = {};
const add = (path, name, description, input, expect, message, params) => {
	(cases[path] ??= []).push({
		name,
		case: { description, input, expect, ...(message ? { message } : {}), ...(params ? { params } : {}) },
	});
};

// ---- Shared: what can be wrong with any code, link or pasted text ----
const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 1; alert(1)">';
const BIDI = '\u202eevil.exe\u202c \u2067مرحبا\u2069 \u200fok';

function codeCases(path, ok, bad) {
	const { damaged, tooLong, maxCode, tooLarge } = bad;
	add(path, 'empty', 'Nothing after the prefix.', '', 'refused', damaged);
	add(path, 'truncated-half', 'A valid code cut in half.', ok.slice(0, ok.length >> 1), 'refused', damaged);
	add(path, 'truncated-one', 'A valid code missing its last character.', ok.slice(0, -1), 'refused', damaged);
	add(path, 'garbage-chars', 'Characters outside base64url.', '!!!***$$$', 'refused', damaged);
	add(
		path,
		'base64-standard',
		'Standard base64 with padding instead of base64url.',
		`${Buffer.from('hello world!').toString('base64')}==`,
		'refused',
		damaged,
	);
	add(
		path,
		'base64-of-garbage',
		'Valid base64url of bytes that are not compressed.',
		b64url(Buffer.from('just some text, not deflated at all')),
		'refused',
		damaged,
	);
	add(
		path,
		'deflate-of-text',
		'Valid compression of text that is not JSON.',
		pack('hello, this is not JSON'),
		'refused',
		damaged,
	);
	add(
		path,
		'deflate-of-bad-utf8',
		'Valid compression of bytes that are not UTF-8.',
		b64url(deflateRawSync(Buffer.from([0xff, 0xfe, 0x7b, 0x80]))),
		'refused',
		damaged,
	);
	add(
		path,
		'deflate-half-json',
		'Valid compression of JSON cut short.',
		pack(JSON.stringify(assignment()).slice(0, 40)),
		'refused',
		damaged,
	);
	// Short enough to pass the length check, so that only the inflated size refuses it.
	add(
		path,
		'bomb',
		`A short code that inflates to ${bad.bomb / 1000} KB.`,
		pack(`{"v":1,"title":"${'A'.repeat(bad.bomb)}"}`),
		'refused',
		tooLarge,
	);
	add(
		path,
		'too-long',
		'A code longer than any real one.',
		[repeat('A', maxCode + 4)],
		'refused',
		tooLong.key,
		tooLong.params,
	);
	add(
		path,
		'null-bytes',
		'Null bytes in the code.',
		`${ok.slice(0, 10)}\u0000\u0000${ok.slice(10)}`,
		'refused',
		damaged,
	);
	add(path, 'bidi-in-code', 'Bidi controls inside the code.', `\u202e${ok}`, 'refused', damaged);
	add(path, 'unicode-letters', 'Letters that look like base64url but are not ASCII.', 'АВСDЕF', 'refused', damaged);
	add(
		path,
		'deep-nesting',
		'10 000 nested arrays, compressed.',
		pack('['.repeat(10_000) + ']'.repeat(10_000)),
		'refused',
		bad.notObject.key,
		bad.notObject.params,
	);
}

// ---- Assignment links (#a=) and files ----
const aBad = {
	damaged: 'assignment.errDamaged',
	tooLong: { key: 'assignment.errTooLong', params: { max: 1200 } },
	maxCode: 1200,
	tooLarge: 'assignment.errTooLarge',
	notObject: { key: 'assignment.errInvalid', params: { field: '(all)' } },
	bomb: 500_000,
};
codeCases('assignment-link', pack(assignment()), aBad);

/** Payload cases shared by links and files: [name, description, value or text, expect, key, params]. */
const invalid = (field) => ['assignment.errInvalid', { field }];
const assignmentPayloads = [
	['json-string', 'JSON that is a string.', '"hello"', 'refused', ...invalid('(all)')],
	['json-number', 'JSON that is a number.', '42', 'refused', ...invalid('(all)')],
	['json-null', 'JSON null.', 'null', 'refused', ...invalid('(all)')],
	['json-array', 'An array holding a valid assignment.', [assignment()], 'refused', ...invalid('(all)')],
	[
		'newer-version',
		'Version 2, from a newer site.',
		assignment({ v: 2 }),
		'refused',
		'assignment.errNewer',
		{ version: 2 },
	],
	['version-zero', 'Version 0.', assignment({ v: 0 }), 'refused', ...invalid('v')],
	['version-string', 'The version as text.', assignment({ v: '1' }), 'refused', ...invalid('v')],
	['missing-v', 'No version.', without(assignment(), 'v'), 'refused', ...invalid('v')],
	['missing-id', 'No id.', without(assignment(), 'id'), 'refused', ...invalid('id')],
	['missing-title', 'No title.', without(assignment(), 'title'), 'refused', ...invalid('title')],
	['missing-items', 'No items.', without(assignment(), 'items'), 'refused', ...invalid('items')],
	['missing-created', 'No creation time.', without(assignment(), 'createdAt'), 'refused', ...invalid('createdAt')],
	['missing-locale', 'No language.', without(assignment(), 'locale'), 'refused', ...invalid('locale')],
	['title-number', 'A title that is a number.', assignment({ title: 12 }), 'refused', ...invalid('title')],
	['title-blank', 'A title of spaces.', assignment({ title: '   ' }), 'refused', ...invalid('title')],
	[
		'title-too-long',
		'A title of 121 characters.',
		assignment({ title: 'T'.repeat(121) }),
		'refused',
		...invalid('title'),
	],
	[
		'message-too-long',
		'A message of 1001 characters.',
		assignment({ message: 'M'.repeat(1001) }),
		'refused',
		...invalid('message'),
	],
	[
		'message-object',
		'A message that is an object.',
		assignment({ message: { text: 'hi' } }),
		'refused',
		...invalid('message'),
	],
	['items-object', 'Items as an object.', assignment({ items: { 0: BASE.items[0] } }), 'refused', ...invalid('items')],
	['items-empty', 'No item at all.', assignment({ items: [] }), 'refused', ...invalid('items')],
	[
		'items-61',
		'61 items, one more than allowed.',
		assignment({ items: Array.from({ length: 61 }, (_, i) => ({ kind: 'lesson', id: `c/l-${i}` })) }),
		'refused',
		...invalid('items'),
	],
	[
		'items-duplicated',
		'The same lesson twice.',
		assignment({ items: [BASE.items[0], BASE.items[0]] }),
		'refused',
		...invalid('items'),
	],
	[
		'item-kind-unknown',
		'An item of an unknown kind.',
		assignment({ items: [{ kind: 'video', id: 'foundations' }] }),
		'refused',
		...invalid('items.0.kind'),
	],
	[
		'item-id-dotdot',
		'An item id climbing folders.',
		assignment({ items: [{ kind: 'lesson', id: '../../etc/passwd' }] }),
		'refused',
		...invalid('items.0.id'),
	],
	[
		'item-id-space',
		'An item id with a space.',
		assignment({ items: [{ kind: 'lesson', id: 'foundations/what is ai' }] }),
		'refused',
		...invalid('items.0.id'),
	],
	[
		'item-id-proto',
		'An item id __proto__.',
		assignment({ items: [{ kind: 'course', id: '__proto__' }] }),
		'refused',
		...invalid('items.0.id'),
	],
	[
		'item-extra-key',
		'An item with an extra key.',
		assignment({ items: [{ ...BASE.items[0], href: 'javascript:alert(1)' }] }),
		'refused',
		...invalid('items.0'),
	],
	['id-slash', 'An id with a slash.', assignment({ id: 'abc/def/ghi' }), 'refused', ...invalid('id')],
	['id-dotdot', 'An id climbing folders.', assignment({ id: '../../../x' }), 'refused', ...invalid('id')],
	['id-space', 'An id with spaces.', assignment({ id: 'my assignment' }), 'refused', ...invalid('id')],
	['id-short', 'An id of 3 characters.', assignment({ id: 'abc' }), 'refused', ...invalid('id')],
	['id-number', 'An id that is a number.', assignment({ id: 123456 }), 'refused', ...invalid('id')],
	['pass-zero', 'A pass mark of 0.', assignment({ passMark: 0 }), 'refused', ...invalid('passMark')],
	['pass-101', 'A pass mark of 101.', assignment({ passMark: 101 }), 'refused', ...invalid('passMark')],
	['pass-fraction', 'A pass mark of 1.5.', assignment({ passMark: 1.5 }), 'refused', ...invalid('passMark')],
	['due-feb-30', 'A due date that does not exist.', assignment({ due: '2027-02-30' }), 'refused', ...invalid('due')],
	['due-time', 'A due date with a time.', assignment({ due: '2027-02-03T10:00' }), 'refused', ...invalid('due')],
	[
		'created-not-iso',
		'A creation time that is not a time.',
		assignment({ createdAt: 'yesterday' }),
		'refused',
		...invalid('createdAt'),
	],
	[
		'created-future',
		'Made in the year 9999.',
		assignment({ createdAt: FUTURE }),
		'refused',
		'assignment.errFuture',
		{ date: FUTURE },
	],
	[
		'locale-long',
		'A language code of 20 characters.',
		assignment({ locale: 'x'.repeat(20) }),
		'refused',
		...invalid('locale'),
	],
	['extra-key', 'An unknown key.', assignment({ script: SCRIPT }), 'refused', ...invalid('(all)')],
	['key-constructor', 'A constructor key.', withKey(assignment(), 'constructor'), 'refused', ...invalid('(all)')],
	['key-tostring', 'A toString key.', withKey(assignment(), 'toString', 'x'), 'refused', ...invalid('(all)')],
	['is-report', 'A progress report given as an assignment.', sealed({}), 'refused', ...invalid('id')],
	['key-proto', 'A __proto__ key.', withKey(assignment(), '__proto__'), 'refused', ...invalid('(all)')],
	[
		'message-deep',
		'A message nested 10 000 deep.',
		[
			'{"v":1,"id":"hostile-deep-01","title":"Deep","items":[{"kind":"course","id":"risk"}],"locale":"en","createdAt":"2026-11-20T10:00:00.000Z","message":',
			...deep(10_000),
			'}',
		],
		'refused',
		...invalid('message'),
	],
	[
		'title-script',
		'A script element in the title and message.',
		assignment({ id: 'hostile-script', title: `${SCRIPT}Week`, message: SCRIPT }),
		'accepted',
		undefined,
		undefined,
		`${SCRIPT}Week`,
	],
	[
		'title-img',
		'An image with onerror in the title.',
		assignment({ id: 'hostile-img-01', title: IMG }),
		'accepted',
		undefined,
		undefined,
		IMG,
	],
	[
		'title-bidi',
		'Bidi overrides in the title.',
		assignment({ id: 'hostile-bidi-01', title: BIDI }),
		'accepted',
		undefined,
		undefined,
		BIDI,
	],
	[
		'title-null-byte',
		'A null byte in the title.',
		assignment({ id: 'hostile-null-01', title: 'Null\u0000byte' }),
		'accepted',
		undefined,
		undefined,
		'Null\u0000byte',
	],
	[
		'id-constructor',
		'The id "constructor".',
		assignment({ id: 'constructor', title: 'Constructor id' }),
		'accepted',
		undefined,
		undefined,
		'Constructor id',
	],
	[
		'unknown-course',
		'A course that does not exist on this site.',
		assignment({ id: 'hostile-nocourse', title: 'No such course', items: [{ kind: 'course', id: 'no-such-course' }] }),
		'accepted',
		undefined,
		undefined,
		'No such course',
	],
	[
		'due-far-ahead',
		'A due date in 2099 (due dates in the future are normal).',
		assignment({ id: 'hostile-due-2099', title: 'Due far ahead', due: '2099-12-31' }),
		'accepted',
		undefined,
		undefined,
		'Due far ahead',
	],
];
const text = (v) =>
	typeof v === 'string'
		? v
		: Array.isArray(v) && v.some((p) => typeof p === 'object' && p && 'repeat' in p)
			? v
			: JSON.stringify(v);
const joinParts = (t) =>
	Array.isArray(t) ? t.map((p) => (typeof p === 'string' ? p : p.repeat.repeat(p.times))).join('') : t;
for (const [name, description, value, expect, key, params, shows] of assignmentPayloads) {
	const t = text(value);
	const body = joinParts(t);
	const c = (path, input) => {
		add(path, name, description, input, expect, key, params);
		if (shows) cases[path].at(-1).case.shows = shows;
	};
	c('assignment-file', t);
	c('assignment-link', pack(body));
}
add(
	'assignment-file',
	'not-json',
	'A file that is not JSON.',
	'title: Week 1\nitems: []',
	'refused',
	'assignment.errNotJson',
);
add('assignment-file', 'empty', 'An empty file.', '', 'refused', 'assignment.errNotJson');
add(
	'assignment-file',
	'json-trailing',
	'JSON followed by junk.',
	`${JSON.stringify(assignment())}garbage`,
	'refused',
	'assignment.errNotJson',
);
add(
	'assignment-file',
	'ten-mb-title',
	'A 10 MB title.',
	['{"v":1,"title":"', repeat('A', 10 * 1024 * 1024), '"}'],
	'refused',
	'assignment.errTooLarge',
);
add(
	'assignment-file',
	'ten-thousand-items',
	'10 000 items.',
	[
		'{"v":1,"id":"hostile-many-01","title":"Many","locale":"en","createdAt":"2026-11-20T10:00:00.000Z","items":[',
		repeat('{"kind":"lesson","id":"c/l"},', 9_999),
		'{"kind":"lesson","id":"c/m"}]}',
	],
	'refused',
	'assignment.errTooLarge',
);
add('assignment-file', 'deep-nesting', '10 000 nested arrays.', deep(10_000), 'refused', ...invalid('(all)'));
add(
	'assignment-file',
	'link-text',
	'The link pasted into a file instead of JSON.',
	`https://academy.example/en/assignment/#a=${pack(assignment())}`,
	'refused',
	'assignment.errNotJson',
);

// ---- Report links (#r=), files and pasted codes ----
const rBad = {
	damaged: 'cohort.errDamaged',
	tooLong: { key: 'cohort.errTooLarge' },
	maxCode: 20_000,
	tooLarge: 'cohort.errTooLarge',
	notObject: { key: 'cohort.errNotReport' },
	bomb: 5_000_000,
};
const okReport = pack(sealed({}));
codeCases('report-link', okReport, rBad);
codeCases('report-paste', okReport, rBad);
// Whitespace splits pasted codes: a paste of spaces is no code at all.
cases['report-paste'] = cases['report-paste'].filter((c) => c.name !== 'empty');
add('report-paste', 'whitespace', 'Only spaces and new lines.', '   \n\t  ', 'refused', 'cohort.nothing');
add(
	'report-paste',
	'wrong-prefix',
	'A link with another prefix.',
	`https://academy.example/en/trainer/#x=${okReport}`,
	'refused',
	'cohort.errDamaged',
);
add(
	'report-paste',
	'assignment-link',
	'An assignment link pasted as a report.',
	`https://academy.example/en/assignment/#a=${pack(BASE)}`,
	'refused',
	'cohort.errIsAssignment',
);

const rInvalid = (field) => ['cohort.errInvalid', { field }];
const other = { ...BASE, id: 'hostile-other-1', title: 'Another assignment' };
const impostor = { ...BASE, title: 'Impostor', items: [{ kind: 'template', id: 'impact-assessment' }] };
const reportPayloads = [
	['json-string', 'JSON that is a string.', '"hello"', 'refused', 'cohort.errNotReport'],
	['json-null', 'JSON null.', 'null', 'refused', 'cohort.errNotReport'],
	['json-array', 'An array holding a valid report.', [sealed({})], 'refused', 'cohort.errNotReport'],
	['is-assignment', 'An assignment given as a report.', BASE, 'refused', 'cohort.errIsAssignment'],
	[
		'wrong-format',
		'Another format name.',
		seal({ ...report(), format: 'something-else' }),
		'refused',
		'cohort.errNotReport',
	],
	['newer-version', 'Version 2.', seal({ ...report(), v: 2 }), 'refused', 'cohort.errNewer', { version: 2 }],
	[
		'checksum-mismatch',
		'A changed name, checksum left as it was.',
		{ ...sealed({}), learner: { id: 'learner-h-001', name: 'Someone else' } },
		'refused',
		'cohort.errChecksum',
	],
	['checksum-missing', 'No checksum.', without(sealed({}), 'checksum'), 'refused', ...rInvalid('checksum')],
	[
		'checksum-upper',
		'A checksum in capitals.',
		{ ...sealed({}), checksum: sealed({}).checksum.toUpperCase() },
		'refused',
		...rInvalid('checksum'),
	],
	[
		'other-assignment',
		'A report for another assignment.',
		sealed({}, other),
		'refused',
		'cohort.errWrongAssignment',
		{ title: 'Another assignment' },
	],
	[
		'same-id-other-items',
		'A report reusing the kept id with other items.',
		sealed({}, impostor),
		'refused',
		'cohort.errWrongAssignment',
		{ title: 'Impostor' },
	],
	[
		'created-future',
		'Made in the year 9999.',
		sealed({ createdAt: FUTURE }),
		'refused',
		'cohort.errFuture',
		{ date: FUTURE },
	],
	[
		'item-future',
		'A lesson completed in the year 9999.',
		sealed({
			items: [
				{ kind: 'lesson', id: 'foundations/what-is-ai', completedAt: FUTURE },
				{ kind: 'quiz', id: 'foundations', attempts: 0 },
			],
		}),
		'refused',
		'cohort.errFuture',
		{ date: FUTURE },
	],
	[
		'created-not-iso',
		'A creation time that is not a time.',
		sealed({ createdAt: '31/12/2026' }),
		'refused',
		...rInvalid('createdAt'),
	],
	['learner-missing', 'No learner.', seal(without(report(), 'learner')), 'refused', ...rInvalid('learner')],
	[
		'learner-id-dotdot',
		'A learner id climbing folders.',
		sealed({ learner: { id: '../../admin', name: 'X' } }),
		'refused',
		...rInvalid('learner.id'),
	],
	[
		'learner-id-space',
		'A learner id with spaces.',
		sealed({ learner: { id: 'learner one', name: 'X' } }),
		'refused',
		...rInvalid('learner.id'),
	],
	[
		'learner-name-blank',
		'A blank name.',
		sealed({ learner: { id: 'learner-h-001', name: '   ' } }),
		'refused',
		...rInvalid('learner.name'),
	],
	[
		'learner-name-long',
		'A name of 81 characters.',
		sealed({ learner: { id: 'learner-h-001', name: 'N'.repeat(81) } }),
		'refused',
		...rInvalid('learner.name'),
	],
	[
		'learner-extra-key',
		'A learner with an extra key.',
		sealed({ learner: { id: 'learner-h-001', name: 'X', admin: true } }),
		'refused',
		...rInvalid('learner'),
	],
	[
		'items-mismatch',
		'Fewer items than the assignment.',
		sealed({ items: [{ kind: 'lesson', id: 'foundations/what-is-ai' }] }),
		'refused',
		...rInvalid('items'),
	],
	[
		'items-kind-unknown',
		'An item of an unknown kind.',
		sealed({
			items: [
				{ kind: 'video', id: 'foundations/what-is-ai' },
				{ kind: 'quiz', id: 'foundations', attempts: 0 },
			],
		}),
		'refused',
		...rInvalid('items.0.kind'),
	],
	[
		'quiz-percent-101',
		'A score of 101 %.',
		sealed({
			items: [
				{ kind: 'lesson', id: 'foundations/what-is-ai' },
				{ kind: 'quiz', id: 'foundations', attempts: 1, best: { percent: 101, finishedAt: CREATED, questions: {} } },
			],
		}),
		'refused',
		...rInvalid('items.1.best.percent'),
	],
	[
		'quiz-attempts-negative',
		'Minus one attempt.',
		sealed({
			items: [
				{ kind: 'lesson', id: 'foundations/what-is-ai' },
				{ kind: 'quiz', id: 'foundations', attempts: -1 },
			],
		}),
		'refused',
		...rInvalid('items.1.attempts'),
	],
	[
		'question-key-bad',
		'A question id with spaces.',
		sealed({
			items: [
				{ kind: 'lesson', id: 'foundations/what-is-ai' },
				{
					kind: 'quiz',
					id: 'foundations',
					attempts: 1,
					best: { percent: 50, finishedAt: CREATED, questions: { 'q one': 1 } },
				},
			],
		}),
		'refused',
		...rInvalid('items.1.best.questions.q one'),
	],
	['extra-key', 'An unknown top-level key.', seal({ ...report(), html: SCRIPT }), 'refused', ...rInvalid('(all)')],
	['key-constructor', 'A constructor key.', withKey(seal(report()), 'constructor'), 'refused', ...rInvalid('(all)')],
	[
		'assignment-dupes',
		'An assignment with the same item twice.',
		sealed({}, { ...BASE, items: [BASE.items[0], BASE.items[0]] }),
		'refused',
		...rInvalid('assignment.items'),
	],
	[
		'name-script',
		'A script element as the learner name.',
		sealed({ learner: { id: 'learner-h-002', name: SCRIPT } }),
		'accepted',
		undefined,
		undefined,
		SCRIPT,
	],
	[
		'name-img',
		'An image with onerror as the learner name.',
		sealed({ learner: { id: 'learner-h-003', name: IMG } }),
		'accepted',
		undefined,
		undefined,
		IMG,
	],
	[
		'name-bidi',
		'Bidi overrides in the learner name.',
		sealed({ learner: { id: 'learner-h-004', name: BIDI } }),
		'accepted',
		undefined,
		undefined,
		BIDI,
	],
	[
		'name-null-byte',
		'A null byte in the learner name.',
		sealed({ learner: { id: 'learner-h-005', name: 'Null\u0000name' } }),
		'accepted',
		undefined,
		undefined,
		'Null\u0000name',
	],
	[
		'learner-id-proto',
		'The learner id "__proto__" (a valid id, kept in a Map).',
		sealed({ learner: { id: '__proto__', name: 'Proto learner' } }),
		'accepted',
		undefined,
		undefined,
		'Proto learner',
	],
	[
		'learner-id-constructor',
		'The learner id "constructor".',
		sealed({ learner: { id: 'constructor', name: 'Constructor learner' } }),
		'accepted',
		undefined,
		undefined,
		'Constructor learner',
	],
];
for (const [name, description, value, expect, key, params, shows] of reportPayloads) {
	const t = typeof value === 'string' ? value : JSON.stringify(value);
	for (const [path, input] of [
		['report-file', t],
		['report-link', pack(t)],
		['report-paste', pack(t)],
	]) {
		// A link opens the trainer page, not one assignment: a report for an assignment the trainer has
		// not seen (made on another device) is offered, named, for the trainer to add or not.
		if (path === 'report-link' && name === 'other-assignment')
			add(path, name, 'A report for an assignment made on another device.', input, 'accepted', undefined, undefined);
		else add(path, name, description, input, expect, key, params);
		const shown = path === 'report-link' && name === 'other-assignment' ? 'Another assignment' : shows;
		if (shown) cases[path].at(-1).case.shows = shown;
	}
}
add('report-file', 'not-json', 'A file that is not JSON.', 'name,score\nAmina,80', 'refused', 'cohort.errNotReport');
add(
	'report-file',
	'ten-mb-name',
	'A 10 MB file.',
	['{"format":"academy-progress-report","v":1,"learner":{"name":"', repeat('A', 10 * 1024 * 1024), '"}}'],
	'refused',
	'cohort.errTooLarge',
);
add('report-file', 'deep-nesting', '10 000 nested arrays.', deep(10_000), 'refused', 'cohort.errNotReport');
add(
	'report-file',
	'code-in-file',
	'A report code saved in a file instead of JSON.',
	okReport,
	'refused',
	'cohort.errNotReport',
);

// ---- Backup restore (My learning's file picker) ----
const B = 'backup-file';
const STAMP = '2026-11-26T10:00:00.000Z';
const backup = (stores = {}, over = {}) => ({
	format: 'ai-governance-academy-backup',
	version: 1,
	exportedAt: STAMP,
	stores,
	...over,
});
const lesson = (over = {}) => ({
	v: 1,
	id: 'foundations/what-is-ai',
	course: 'foundations',
	visitedAt: STAMP,
	lastVisitedAt: STAMP,
	updatedAt: STAMP,
	...over,
});
const draft = (over = {}) => ({
	v: 1,
	id: 'consultation-plan:hostile1',
	template: 'consultation-plan',
	name: 'Hostile draft',
	values: {},
	createdAt: STAMP,
	updatedAt: STAMP,
	...over,
});
const kept = (over = {}) => ({
	v: 1,
	id: 'received/hostile-a-0001',
	role: 'received',
	assignment: assignment(),
	learnerId: 'learner-h-001',
	savedAt: STAMP,
	updatedAt: STAMP,
	...over,
});
const cohortOf = (rep) => ({
	v: 1,
	id: `${rep.assignment.id}/${rep.learner.id}`,
	assignment: rep.assignment.id,
	report: rep,
	importedAt: STAMP,
});
const damaged = (over = {}) => ({
	store: 'progress',
	key: 'foundations/what-is-ai',
	record: { broken: true },
	error: 'visitedAt: Invalid',
	quarantinedAt: STAMP,
	...over,
});
const bad = (store, index) => ['my.errBadRecord', { store, index }];
/** After a restore the page lists the draft by its name: markup in it must stay text. */
const restored = (count) => `Backup restored. Records in the file: ${count}.`;
const backupCases = [
	['empty', 'An empty file.', '', 'refused', 'my.errNotJson'],
	['whitespace', 'Only spaces and new lines.', '  \n\t ', 'refused', 'my.errNotJson'],
	['not-json', 'A spreadsheet saved as text.', 'name,score\nAmina,80', 'refused', 'my.errNotJson'],
	[
		'truncated',
		'A valid backup cut in half.',
		JSON.stringify(backup({ progress: [lesson()] })).slice(0, 60),
		'refused',
		'my.errNotJson',
	],

	['json-null', 'The JSON value null.', 'null', 'refused', 'my.errNotBackup'],
	['json-array', 'A JSON list.', '[]', 'refused', 'my.errNotBackup'],
	['json-string', 'A JSON string.', '"backup"', 'refused', 'my.errNotBackup'],
	['json-number', 'A JSON number.', '1', 'refused', 'my.errNotBackup'],
	['empty-object', 'An empty object.', '{}', 'refused', 'my.errNotBackup'],
	[
		'wrong-format',
		'Another format name.',
		backup({}, { format: 'academy-progress-report' }),
		'refused',
		'my.errNotBackup',
	],
	[
		'template-file',
		'A template draft file.',
		{
			format: 'ai-governance-academy-template',
			version: 1,
			template: 'dpia',
			name: 'x',
			values: {},
			exportedAt: STAMP,
		},
		'refused',
		'my.errNotBackup',
	],
	['version-zero', 'Version 0.', backup({}, { version: 0 }), 'refused', 'my.errNotBackup'],
	['version-text', 'The version as text.', backup({}, { version: '1' }), 'refused', 'my.errNotBackup'],
	['version-fraction', 'Version 1.5.', backup({}, { version: 1.5 }), 'refused', 'my.errNotBackup'],
	[
		'newer-version',
		'Made by a newer version of the site.',
		backup({}, { version: 2 }),
		'refused',
		'my.errNewer',
		{ version: 2 },
	],
	[
		'huge-version',
		'A version beyond any number.',
		`{"format":"ai-governance-academy-backup","version":1e400,"exportedAt":"${STAMP}","stores":{}}`,
		'refused',
		'my.errNotBackup',
	],
	['no-date', 'No export date.', without(backup(), 'exportedAt'), 'refused', 'my.errNotBackup'],
	[
		'bad-date',
		'An export date that is not a date.',
		backup({}, { exportedAt: 'yesterday' }),
		'refused',
		'my.errNotBackup',
	],
	['no-stores', 'No stores at all.', without(backup(), 'stores'), 'refused', 'my.errBadStructure'],
	['stores-list', 'The stores as a list.', backup([]), 'refused', 'my.errBadStructure'],
	[
		'store-object',
		'A store that is an object, not a list.',
		backup({ progress: { 0: lesson() } }),
		'refused',
		'my.errBadStructure',
	],
	['unknown-store', 'A store the site does not have.', backup({ downloads: [] }), 'refused', 'my.errBadStructure'],
	[
		'proto-store',
		'A store named __proto__.',
		JSON.stringify(backup({ progress: [] })).replace('"stores":{', '"stores":{"__proto__":[],'),
		'refused',
		'my.errBadStructure',
	],
	['constructor-store', 'A store named constructor.', backup({ constructor: [] }), 'refused', 'my.errBadStructure'],
	['record-null', 'A record that is null.', backup({ progress: [null] }), 'refused', ...bad('progress', 1)],
	[
		'record-string',
		'A record that is text.',
		backup({ progress: ['foundations/what-is-ai'] }),
		'refused',
		...bad('progress', 1),
	],
	[
		'record-version',
		'A record of an unknown version.',
		backup({ progress: [lesson({ v: 2 })] }),
		'refused',
		...bad('progress', 1),
	],
	[
		'record-second-bad',
		'A good record, then a bad one.',
		backup({ progress: [lesson(), lesson({ visitedAt: 'soon' })] }),
		'refused',
		...bad('progress', 2),
	],
	[
		'proto-lesson',
		'__proto__ as a lesson id.',
		backup({ progress: [lesson({ id: '__proto__', course: '__proto__' })] }),
		'refused',
		...bad('progress', 1),
	],
	[
		'constructor-lesson',
		'constructor/constructor as a lesson id.',
		backup({ progress: [lesson({ id: 'constructor/constructor', course: 'constructor' })] }),
		'refused',
		...bad('progress', 1),
	],
	[
		'tostring-quiz',
		'toString as a quiz id in an attempt.',
		backup({
			attempts: [
				{
					v: 1,
					id: 'a1',
					quiz: 'toString',
					finishedAt: STAMP,
					updatedAt: STAMP,
					percent: 50,
					passMark: 70,
					passed: false,
					points: {},
					answers: {},
				},
			],
		}),
		'refused',
		...bad('attempts', 1),
	],
	[
		'proto-points',
		'__proto__ as a question id in an attempt.',
		backup({
			attempts: [
				{
					v: 1,
					id: 'a1',
					quiz: 'foundations',
					finishedAt: STAMP,
					updatedAt: STAMP,
					percent: 50,
					passMark: 70,
					passed: false,
					points: { constructor: 1 },
					answers: {},
				},
			],
		}),
		'refused',
		...bad('attempts', 1),
	],
	[
		'percent-too-high',
		'An attempt scored 1000 %.',
		backup({
			attempts: [
				{
					v: 1,
					id: 'a1',
					quiz: 'foundations',
					finishedAt: STAMP,
					updatedAt: STAMP,
					percent: 1000,
					passMark: 70,
					passed: true,
					points: {},
					answers: {},
				},
			],
		}),
		'refused',
		...bad('attempts', 1),
	],
	[
		'proto-setting',
		'__proto__ as a setting key.',
		backup({ settings: [{ key: '__proto__', value: 'x', updatedAt: STAMP }] }),
		'refused',
		...bad('settings', 1),
	],
	[
		'tostring-setting',
		'toString as a setting key.',
		backup({ settings: [{ key: 'toString', value: 'x', updatedAt: STAMP }] }),
		'refused',
		...bad('settings', 1),
	],
	[
		'constructor-template',
		'constructor as the template of a draft.',
		backup({ drafts: [draft({ template: 'constructor' })] }),
		'refused',
		...bad('drafts', 1),
	],
	[
		'proto-field',
		'__proto__ as a field id in a draft.',
		backup({ drafts: [draft({ values: { constructor: 'x' } })] }),
		'refused',
		...bad('drafts', 1),
	],
	[
		'draft-name-long',
		'A draft name of 121 characters.',
		backup({ drafts: [draft({ name: 'N'.repeat(121) })] }),
		'refused',
		...bad('drafts', 1),
	],
	[
		'draft-value-number',
		'A draft answer that is a number.',
		backup({ drafts: [draft({ values: { budget: 5 } })] }),
		'refused',
		...bad('drafts', 1),
	],
	[
		'assignment-id-mismatch',
		'A kept assignment whose id does not match its content.',
		backup({ assignments: [kept({ id: 'received/other' })] }),
		'refused',
		...bad('assignments', 1),
	],
	[
		'deep-record',
		'A draft nested 10 000 levels deep.',
		[
			'{"format":"ai-governance-academy-backup","version":1,"exportedAt":"',
			STAMP,
			'","stores":{"drafts":[{"values":',
			...deep(10_000),
			'}]}}',
		],
		'refused',
		'my.errMalformed',
		{ store: 'drafts', index: 1 },
	],
	['deep-file', '10 000 nested lists.', deep(10_000), 'refused', 'my.errNotBackup'],
	[
		'too-large',
		'A 26 MB file.',
		[
			'{"format":"ai-governance-academy-backup","version":1,"exportedAt":"',
			STAMP,
			'","stores":{"drafts":[{"name":"',
			repeat('A', 26 * 1024 * 1024),
			'"}]}}',
		],
		'refused',
		'my.errTooLarge',
	],
	[
		'huge-name',
		'A draft with a 10 MB name.',
		[
			'{"format":"ai-governance-academy-backup","version":1,"exportedAt":"',
			STAMP,
			'","stores":{"drafts":[{"v":1,"id":"consultation-plan:huge","template":"consultation-plan","name":"',
			repeat('A', 10 * 1024 * 1024),
			`","values":{},"createdAt":"${STAMP}","updatedAt":"${STAMP}"}]}}`,
		],
		'refused',
		...bad('drafts', 1),
	],
	[
		'bad-checksum',
		'A trainer’s report whose checksum does not match.',
		backup({ cohorts: [cohortOf({ ...sealed({}), learner: { id: 'learner-h-001', name: 'Changed after sealing' } })] }),
		'refused',
		'my.errChecksum',
		{ index: 1 },
	],
	[
		'cohort-id-mismatch',
		'A trainer’s report kept under another id.',
		backup({ cohorts: [{ ...cohortOf(sealed({})), id: 'hostile-base-01/someone-else' }] }),
		'refused',
		...bad('cohorts', 1),
	],
	[
		'quarantine-too-many',
		'501 damaged records.',
		backup({ quarantine: Array.from({ length: 501 }, () => damaged()) }),
		'refused',
		'my.errQuarantineLarge',
	],
	[
		'quarantine-too-large',
		'A damaged record of 70 kB.',
		backup({ quarantine: [damaged({ record: 'x'.repeat(70_000) })] }),
		'refused',
		'my.errQuarantineLarge',
	],
	[
		'quarantine-bad',
		'A damaged record with no reason.',
		backup({ quarantine: [without(damaged(), 'error')] }),
		'refused',
		...bad('quarantine', 1),
	],
	[
		'null-byte-id',
		'A lesson id with a null byte.',
		backup({ progress: [lesson({ id: 'foundations/what\u0000is-ai' })] }),
		'refused',
		...bad('progress', 1),
	],
	// Accepted: the file is restored and what it carries is shown only as text.
	['empty-backup', 'A backup of nothing.', backup(), 'accepted', undefined, undefined, restored(0)],
	// The browser reads a file's text without its byte-order mark, as a Windows editor may save it.
	[
		'bom',
		'A backup behind a byte-order mark.',
		`\ufeff${JSON.stringify(backup())}`,
		'accepted',
		undefined,
		undefined,
		restored(0),
	],
	[
		'script-name',
		'A draft named with a script.',
		backup({ drafts: [draft({ id: 'consultation-plan:script', name: SCRIPT })] }),
		'accepted',
		undefined,
		undefined,
		SCRIPT,
	],
	[
		'img-name',
		'A draft named with an image that runs code.',
		backup({ drafts: [draft({ id: 'consultation-plan:img', name: IMG })] }),
		'accepted',
		undefined,
		undefined,
		IMG,
	],
	[
		'bidi-name',
		'A draft name with direction overrides.',
		backup({ drafts: [draft({ id: 'consultation-plan:bidi', name: BIDI })] }),
		'accepted',
		undefined,
		undefined,
		BIDI,
	],
	[
		'null-byte-name',
		'A draft name with a null byte.',
		backup({ drafts: [draft({ id: 'consultation-plan:nul', name: 'Null\u0000byte' })] }),
		'accepted',
		undefined,
		undefined,
		'Null\u0000byte',
	],
	[
		'proto-draft-id',
		'__proto__ as a draft id.',
		backup({ drafts: [draft({ id: '__proto__', name: 'Draft under __proto__' })] }),
		'accepted',
		undefined,
		undefined,
		'Draft under __proto__',
	],
	[
		'constructor-draft-id',
		'constructor as a draft id.',
		backup({ drafts: [draft({ id: 'constructor', name: 'Draft under constructor' })] }),
		'accepted',
		undefined,
		undefined,
		'Draft under constructor',
	],
	[
		'script-title',
		'A kept assignment titled with markup.',
		backup({ assignments: [kept({ assignment: assignment({ title: `<b>Bold</b>${IMG}`.slice(0, 120) }) })] }),
		'accepted',
		undefined,
		undefined,
		`<b>Bold</b>${IMG}`.slice(0, 120),
	],
	[
		'duplicate-ids',
		'The same draft twice: kept once, the last copy wins.',
		backup({
			drafts: [
				draft({ id: 'consultation-plan:dup', name: 'First copy' }),
				draft({ id: 'consultation-plan:dup', name: 'Second copy' }),
			],
		}),
		'accepted',
		undefined,
		undefined,
		restored(1),
	],
	[
		'device-settings',
		'This device’s own settings in the file: left out.',
		backup({
			settings: [
				{ key: 'lastBackupAt', value: '2001-01-01T00:00:00.000Z', updatedAt: STAMP },
				{ key: 'persistence', value: 'denied', updatedAt: STAMP },
			],
		}),
		'accepted',
		undefined,
		undefined,
		restored(0),
	],
	[
		'future-dates',
		'A lesson visited in the year 9999: kept as it is.',
		backup({ progress: [lesson({ visitedAt: FUTURE, lastVisitedAt: FUTURE, updatedAt: FUTURE })] }),
		'accepted',
		undefined,
		undefined,
		restored(1),
	],
	[
		'extra-header',
		'Fields the site does not know beside the stores: ignored.',
		backup({}, { note: SCRIPT, constructor: 1 }),
		'accepted',
		undefined,
		undefined,
		restored(0),
	],
	// Refused as the trainer's own import refuses it (cohort.errFuture): a report dated 9999 would stay
	// the newest for ever.
	[
		'future-report',
		'A trainer’s report dated in the year 9999, with a true checksum.',
		backup({ cohorts: [cohortOf(sealed({ createdAt: FUTURE }))] }),
		'refused',
		'my.errFuture',
		{ index: 1, date: FUTURE },
	],
	[
		'good-cohort',
		'A trainer’s report with a true checksum.',
		backup({ cohorts: [cohortOf(sealed({ learner: { id: 'learner-h-002', name: SCRIPT } }))] }),
		'accepted',
		undefined,
		undefined,
		restored(1),
	],
];
for (const [name, description, value, expect, key, params, shows] of backupCases) {
	const parts = Array.isArray(value) && value.some((p) => typeof p === 'object' && p !== null && 'repeat' in p);
	add(B, name, description, typeof value === 'string' || parts ? value : JSON.stringify(value), expect, key, params);
	if (shows) cases[B].at(-1).case.shows = shows;
}

// ---- Template import (a template page's JSON file picker, on /en/templates/consultation-plan/) ----
const TF = 'template-file';
const tfile = (values = {}, over = {}) => ({
	format: 'ai-governance-academy-template',
	version: 1,
	template: 'consultation-plan',
	name: 'Imported plan',
	values,
	exportedAt: STAMP,
	...over,
});
const fv = (field) => ['template.errFileValues', { field }];
// The page sets the name apart from the sentence (src/lib/text/isolate.ts).
const opened = (name) => `Opened as a new draft: \u2068${name}\u2069. Your other drafts are unchanged.`;
const templateCases = [
	['empty', 'An empty file.', '', 'refused', 'template.errFileNotJson'],
	[
		'not-json',
		'A Markdown export instead of JSON.',
		'# Public consultation plan\n\n- a',
		'refused',
		'template.errFileNotJson',
	],
	[
		'truncated',
		'A valid file cut in half.',
		JSON.stringify(tfile()).slice(0, 50),
		'refused',
		'template.errFileNotJson',
	],
	['json-null', 'The JSON value null.', 'null', 'refused', 'template.errFileNotTemplate'],
	['json-list', 'A JSON list.', '[{"template":"consultation-plan"}]', 'refused', 'template.errFileNotTemplate'],
	['backup-file', 'A backup of My learning.', backup(), 'refused', 'template.errFileNotTemplate'],
	[
		'wrong-format',
		'Another format name.',
		tfile({}, { format: 'academy-progress-report' }),
		'refused',
		'template.errFileNotTemplate',
	],
	['no-template', 'No template id.', without(tfile(), 'template'), 'refused', 'template.errFileNotTemplate'],
	['version-text', 'The version as text.', tfile({}, { version: '1' }), 'refused', 'template.errFileNotTemplate'],
	[
		'newer-version',
		'Made by a newer version of the site.',
		tfile({}, { version: 3 }),
		'refused',
		'template.errFileNewer',
		{ version: 3 },
	],
	[
		'other-template',
		'A draft of another template.',
		tfile({}, { template: 'dpia' }),
		'refused',
		'template.errFileOther',
		{ template: 'dpia' },
	],
	[
		'unknown-template',
		'A template the site does not have.',
		tfile({}, { template: 'no-such-template' }),
		'refused',
		'template.errFileOther',
		{ template: 'no-such-template' },
	],
	[
		'proto-template',
		'__proto__ as the template id.',
		tfile({}, { template: '__proto__' }),
		'refused',
		'template.errFileNotTemplate',
	],
	[
		'constructor-template',
		'constructor as the template id.',
		tfile({}, { template: 'constructor' }),
		'refused',
		'template.errFileNotTemplate',
	],
	[
		'markup-template',
		'Markup as the template id.',
		tfile({}, { template: SCRIPT }),
		'refused',
		'template.errFileNotTemplate',
	],
	['no-name', 'No draft name.', without(tfile(), 'name'), 'refused', ...fv('name')],
	['name-number', 'A draft name that is a number.', tfile({}, { name: 7 }), 'refused', ...fv('name')],
	['name-long', 'A draft name of 121 characters.', tfile({}, { name: 'N'.repeat(121) }), 'refused', ...fv('name')],
	['no-date', 'No export date.', without(tfile(), 'exportedAt'), 'refused', ...fv('exportedAt')],
	['values-list', 'The answers as a list.', tfile([]), 'refused', ...fv('values')],
	[
		'unknown-field',
		'An answer to a field the template does not have.',
		tfile({ 'no-such-field': 'x' }),
		'refused',
		...fv('no-such-field'),
	],
	// JSON.parse makes "__proto__" an own key; the schema's record leaves it out, so the rest opens.
	[
		'proto-field',
		'__proto__ as a field id: left out, the rest opened.',
		JSON.stringify(tfile({ 'policy-title': 'x' }, { name: 'Proto field' })).replace(
			'"values":{',
			'"values":{"__proto__":["rural"],',
		),
		'accepted',
		undefined,
		undefined,
		opened('Proto field'),
	],
	['constructor-field', 'constructor as a field id.', tfile({ constructor: 'x' }), 'refused', ...fv('constructor')],
	['tostring-field', 'toString as a field id.', tfile({ toString: 'x' }), 'refused', ...fv('toString')],
	['text-number', 'A text answer that is a number.', tfile({ 'policy-title': 12 }), 'refused', ...fv('policy-title')],
	[
		'text-too-long',
		'A text answer over its field’s limit.',
		tfile({ 'policy-title': 'T'.repeat(201) }),
		'refused',
		...fv('policy-title'),
	],
	[
		'choice-unknown',
		'A choice that is not one of the options.',
		tfile({ 'policy-stage': 'approved' }),
		'refused',
		...fv('policy-stage'),
	],
	['choice-proto', '__proto__ as a choice.', tfile({ 'policy-stage': '__proto__' }), 'refused', ...fv('policy-stage')],
	[
		'multi-unknown',
		'A multiple choice with an unknown option.',
		tfile({ 'seldom-heard': ['rural', 'aliens'] }),
		'refused',
		...fv('seldom-heard'),
	],
	[
		'multi-text',
		'A multiple choice given as text.',
		tfile({ 'seldom-heard': 'rural' }),
		'refused',
		...fv('seldom-heard'),
	],
	['table-text', 'A table given as text.', tfile({ stakeholders: 'everyone' }), 'refused', ...fv('stakeholders')],
	[
		'table-unknown-column',
		'A table row with an unknown column.',
		tfile({ stakeholders: [{ group: 'Farmers', colour: 'red' }] }),
		'refused',
		...fv('stakeholders'),
	],
	[
		'table-proto-column',
		'A table row with a constructor column.',
		tfile({ stakeholders: [{ constructor: 'x' }] }),
		'refused',
		...fv('stakeholders'),
	],
	[
		'table-too-many-rows',
		'A table with 31 rows, over its limit of 30.',
		tfile({ stakeholders: Array.from({ length: 31 }, () => ({ group: 'G' })) }),
		'refused',
		...fv('stakeholders'),
	],
	[
		'table-bad-choice',
		'A table cell with an unknown choice.',
		tfile({ stakeholders: [{ group: 'Farmers', priority: 'urgent' }] }),
		'refused',
		...fv('stakeholders'),
	],
	[
		'date-too-long',
		'A date answer of 41 characters.',
		tfile({ 'start-date': '2'.repeat(41) }),
		'refused',
		...fv('start-date'),
	],
	[
		'deep-values',
		'An answer nested 10 000 levels deep.',
		[
			'{"format":"ai-governance-academy-template","version":1,"template":"consultation-plan","name":"x","exportedAt":"',
			STAMP,
			'","values":{"objectives":',
			...deep(10_000),
			'}}',
		],
		'refused',
		...fv('objectives'),
	],
	[
		'too-large',
		'A 3 MB file.',
		[
			'{"format":"ai-governance-academy-template","version":1,"template":"consultation-plan","name":"',
			repeat('A', 3 * 1024 * 1024),
			'"}',
		],
		'refused',
		'template.errFileTooLarge',
	],
	// Accepted: opened as a new draft, its name and answers shown only as text.
	[
		'script-name',
		'A draft named with a script.',
		tfile({ 'policy-title': SCRIPT }, { name: SCRIPT }),
		'accepted',
		undefined,
		undefined,
		opened(SCRIPT),
	],
	[
		'img-name',
		'A draft named with an image that runs code.',
		tfile({ objectives: IMG }, { name: IMG }),
		'accepted',
		undefined,
		undefined,
		opened(IMG),
	],
	[
		'bidi-name',
		'A draft name with direction overrides.',
		tfile({}, { name: BIDI }),
		'accepted',
		undefined,
		undefined,
		opened(BIDI),
	],
	[
		'extra-fields',
		'Fields the site does not know beside the answers: ignored.',
		tfile({}, { name: 'Extra fields', note: SCRIPT, constructor: 1 }),
		'accepted',
		undefined,
		undefined,
		opened('Extra fields'),
	],
	[
		'markup-cells',
		'Table cells holding markup.',
		tfile({ stakeholders: [{ group: IMG.slice(0, 200), priority: 'essential' }] }, { name: 'Markup cells' }),
		'accepted',
		undefined,
		undefined,
		opened('Markup cells'),
	],
];
for (const [name, description, value, expect, key, params, shows] of templateCases) {
	const parts = Array.isArray(value) && value.some((p) => typeof p === 'object' && p !== null && 'repeat' in p);
	add(TF, name, description, typeof value === 'string' || parts ? value : JSON.stringify(value), expect, key, params);
	if (shows) cases[TF].at(-1).case.shows = shows;
}

writeFileSync(`${here}base-assignment.json`, `${JSON.stringify(BASE, null, '\t')}\n`);
let total = 0;
for (const [path, list] of Object.entries(cases)) {
	// Only this script's folders are rewritten, so a removed case leaves no stale file behind.
	rmSync(`${here}${path}`, { recursive: true, force: true });
	mkdirSync(`${here}${path}`, { recursive: true });
	list.forEach(({ name, case: c }, i) => {
		writeFileSync(
			`${here}${path}/${String(i + 1).padStart(3, '0')}-${name}.json`,
			`${JSON.stringify(c, null, '\t')}\n`,
		);
	});
	total += list.length;
	console.log(`${path}: ${list.length}`);
}
console.log(`${total} cases`);
