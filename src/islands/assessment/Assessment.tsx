import { useEffect, useRef, useState } from 'preact/hooks';
import type { AssessmentFile } from '../../schemas/assessment';
import type { AssessmentRecord } from '../../schemas/assessment-record';
import { assessments, loadRecords } from '../../models/records';
import { putRecords } from '../../lib/storage/records';
import { requestPersistence } from '../../lib/storage/persistence';
import { scoreLevel, scoreMaturity, unanswered, type AssessmentAnswers } from '../../lib/assessment/score';
import { makeT, type Strings } from '../../i18n/t';
import { download } from '../save-file';
import { GroupFields } from './GroupFields';
import { LevelResultView } from './LevelResultView';
import { MaturityResultView } from './MaturityResultView';

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
 * a result view that can be printed or downloaded.
 */
export default function Assessment({ file, strings, lang, dir, root }: Props) {
	const t = makeT(strings);
	const [enhanced, setEnhanced] = useState(false);
	const [answers, setAnswers] = useState<AssessmentAnswers>({});
	const [step, setStep] = useState(0);
	const [showResult, setShowResult] = useState(false);
	const [saveFailed, setSaveFailed] = useState(false);
	const [started, setStarted] = useState<string>();
	const headingRef = useRef<HTMLHeadingElement>(null);
	const groups = file.groups;
	const href = (path: string) => root + path;

	// Resume: the saved answers and screen, once the learner's records are read.
	useEffect(() => {
		setEnhanced(true);
		loadRecords().then(() => {
			const saved = assessments.value.find((a) => a.id === file.id);
			if (!saved) return;
			setAnswers(saved.answers);
			setStep(Math.min(saved.step, groups.length - 1));
			setStarted(saved.startedAt);
			setShowResult(!!saved.completedAt);
		});
	}, []);

	async function save(next: AssessmentAnswers, nextStep: number, done: boolean) {
		const now = new Date().toISOString();
		const record: AssessmentRecord = {
			v: 1,
			id: file.id,
			answers: next as AssessmentRecord['answers'],
			step: nextStep,
			startedAt: started ?? now,
			updatedAt: now,
		};
		if (!started) setStarted(now);
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
	const go = (to: number | 'result') => {
		if (to === 'result') {
			setShowResult(true);
			void save(answers, step, true);
		} else {
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
			<form class="assessment" onSubmit={(e) => e.preventDefault()}>
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
				{missing > 0 && <p class="warning">{t('assess.unanswered', { count: missing })}</p>}
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

	const group = groups[step]!;
	const last = step === groups.length - 1;
	return (
		<form class="assessment" onSubmit={(e) => (e.preventDefault(), go(last ? 'result' : step + 1))}>
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
