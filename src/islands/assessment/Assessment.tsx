import { useEffect, useRef, useState } from 'preact/hooks';
import type { AssessmentFile } from '../../schemas/assessment';
import type { AssessmentRecord } from '../../schemas/assessment-record';
import { assessments, loadRecords } from '../../models/records';
import { putRecords } from '../../lib/storage/records';
import { requestPersistence } from '../../lib/storage/persistence';
import { scoreLevel, scoreMaturity, unanswered, type AssessmentAnswers } from '../../lib/assessment/score';
import { answersInForm } from './answers-in-form';
import { makeT, type Strings } from '../../i18n/t';
import { download } from '../save-file';
import { GroupFields } from './GroupFields';
import { LevelResultView } from './LevelResultView';
import { MaturityResultView } from './MaturityResultView';
import { UnansweredSummary } from './UnansweredSummary';

interface Props {
	file: AssessmentFile;
	strings: Strings;
	lang: string;
	dir: 'ltr' | 'rtl';
	/** The locale's root, e.g. `/academy/fr/`, for the result's links. */
	root: string;
}

/**
 * A self-assessment. On the server (and without JavaScript) every question shows at once; once
 * hydrated, one group per screen with a progress indicator, each answer saved as it is given, and
 * a result view that can be printed or downloaded. Unanswered questions are listed before the
 * result; the learner may still see a result, marked as partial.
 */
export default function Assessment({ file, strings, lang, dir, root }: Props) {
	const t = makeT(strings);
	const [enhanced, setEnhanced] = useState(false);
	const [answers, setAnswers] = useState<AssessmentAnswers>({});
	const [step, setStep] = useState(0);
	const [showResult, setShowResult] = useState(false);
	const [review, setReview] = useState(false);
	const [saveFailed, setSaveFailed] = useState(false);
	const [started, setStarted] = useState<string>();
	const headingRef = useRef<HTMLHeadingElement>(null);
	const formRef = useRef<HTMLFormElement>(null);
	const groups = file.groups;
	const href = (path: string) => root + path;

	// Resume: the saved answers and screen, once the learner's records are read.
	useEffect(() => {
		// Choices made on the server-rendered form before this script ran: read before it is replaced.
		const early = formRef.current ? answersInForm(file, formRef.current) : {};
		if (Object.keys(early).length) setAnswers(early);
		setEnhanced(true);
		void loadRecords().then(() => {
			const saved = assessments.value.find((a) => a.id === file.id);
			if (!Object.keys(early).length) {
				if (!saved) return;
				setAnswers(saved.answers);
				setStep(Math.min(saved.step, groups.length - 1));
				setStarted(saved.startedAt);
				setShowResult(!!saved.completedAt);
				return;
			}
			// What was just chosen wins over what was saved; both are kept.
			const merged = { ...saved?.answers, ...early };
			setAnswers(merged);
			const at = groups.findIndex((g) => g.questions.some((q) => q.id in early));
			setStep(Math.max(at, 0));
			void save(merged, Math.max(at, 0), false, saved?.startedAt);
		});
	}, []);

	async function save(next: AssessmentAnswers, nextStep: number, done: boolean, since = started) {
		const now = new Date().toISOString();
		const record: AssessmentRecord = {
			v: 1,
			id: file.id,
			answers: next as AssessmentRecord['answers'],
			step: nextStep,
			startedAt: since ?? now,
			updatedAt: now,
		};
		if (!since) setStarted(now);
		else if (!started) setStarted(since);
		if (done) {
			record.completedAt = now;
			record.result =
				file.scoring.type === 'level'
					? { type: 'level', level: scoreLevel(file, next).level.id, adjusted: scoreLevel(file, next).adjusted }
					: {
							type: 'maturity',
							dimensions: Object.fromEntries(
								scoreMaturity(file, next)
									.filter((d) => d.average !== undefined)
									.map((d) => [d.dimension.id, d.average!]),
							),
						};
		}
		try {
			const db = await loadRecords();
			if (!db) throw new Error('no storage');
			await putRecords(db, 'assessments', [record]);
			setSaveFailed(false);
			if (done) await requestPersistence(db);
		} catch (error) {
			console.warn('Assessment not saved:', error);
			setSaveFailed(true);
		}
	}

	const answer = (question: string, value: string | number) => {
		const next = { ...answers, [question]: value };
		setAnswers(next);
		void save(next, step, false);
	};
	/** `finish` asks for the result: first the unanswered questions, if any; `result` shows it anyway. */
	const go = (to: number | 'finish' | 'result') => {
		if (to === 'finish' && unanswered(file, answers).length > 0) {
			setReview(true);
			void save(answers, step, false);
		} else if (to === 'finish' || to === 'result') {
			setReview(false);
			setShowResult(true);
			void save(answers, step, true);
		} else {
			setReview(false);
			setShowResult(false);
			setStep(to);
			void save(answers, to, false);
		}
		requestAnimationFrame(() => headingRef.current?.focus());
	};
	const restart = () => {
		if (!confirm(t('assess.restartAsk'))) return;
		setAnswers({});
		go(0);
	};

	if (!enhanced) {
		// Server-rendered: everything readable at once.
		return (
			<form class="assessment" ref={formRef} onSubmit={(e) => e.preventDefault()}>
				<h2>{t('assess.questions')}</h2>
				{groups.map((g) => (
					<section key={g.id}>
						<h3>{g.title}</h3>
						<GroupFields
							group={g}
							scale={file.scoring.type === 'maturity' ? file.scoring.scale : undefined}
							answers={answers}
							onAnswer={answer}
						/>
					</section>
				))}
			</form>
		);
	}

	if (showResult) {
		const missing = unanswered(file, answers).length;
		return (
			<section class="assessment-result" aria-labelledby="result-heading">
				<h2 id="result-heading" tabIndex={-1} ref={headingRef}>
					{t('assess.result')}
				</h2>
				{missing > 0 && (
					<div class="warning partial">
						<p>
							<strong>{t('assess.partialResult')}</strong>
						</p>
						<p>{t('assess.unanswered', { count: new Intl.NumberFormat(lang).format(missing) })}</p>
					</div>
				)}
				{file.scoring.type === 'level' ? (
					<LevelResultView result={scoreLevel(file, answers)} t={t} lang={lang} href={href} />
				) : (
					<MaturityResultView results={scoreMaturity(file, answers)} t={t} lang={lang} dir={dir} href={href} />
				)}
				<div class="actions no-print">
					<button type="button" class="academy-button" onClick={() => print()}>
						{t('assess.print')}
					</button>
					<button
						type="button"
						class="academy-button secondary"
						onClick={() =>
							download(
								`${file.id}-${new Date().toISOString().slice(0, 10)}.json`,
								assessments.value.find((a) => a.id === file.id) ?? { id: file.id, answers },
							)
						}
					>
						{t('assess.export')}
					</button>
					<button type="button" class="academy-button secondary" onClick={() => go(0)}>
						{t('assess.change')}
					</button>
					<button type="button" class="academy-button secondary" onClick={restart}>
						{t('assess.restart')}
					</button>
				</div>
			</section>
		);
	}

	if (review) {
		return (
			<UnansweredSummary
				file={file}
				answers={answers}
				t={t}
				lang={lang}
				headingRef={headingRef}
				onStep={(n) => go(n)}
				onResult={() => go('result')}
			/>
		);
	}

	const group = groups[step]!;
	const last = step === groups.length - 1;
	return (
		<form class="assessment" onSubmit={(e) => (e.preventDefault(), go(last ? 'finish' : step + 1))}>
			<p class="step">
				{t('assess.step', { n: step + 1, total: groups.length })}
				<progress max={groups.length} value={step + 1} aria-hidden="true" />
			</p>
			<h2 tabIndex={-1} ref={headingRef}>
				{group.title}
			</h2>
			<GroupFields
				group={group}
				scale={file.scoring.type === 'maturity' ? file.scoring.scale : undefined}
				answers={answers}
				onAnswer={answer}
			/>
			<p class="saved">{t('assess.saved')}</p>
			{saveFailed && <p role="alert">{t('assess.saveFailed')}</p>}
			<div class="actions">
				{step > 0 && (
					<button type="button" class="academy-button secondary" onClick={() => go(step - 1)}>
						{t('assess.previous')}
					</button>
				)}
				<button type="submit" class="academy-button">
					{t(last ? 'assess.finish' : 'assess.next')}
				</button>
			</div>
		</form>
	);
}
