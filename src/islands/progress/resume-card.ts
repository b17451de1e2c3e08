import { readProgress } from '../../lib/progress';
import { resumePoint } from '../../lib/resume-point';
import { onRecordsChanged } from '../../lib/storage/broadcast';
import { records } from '../records-client';

interface CardLesson {
	id: string;
	title: string;
	href: string;
	lang?: string;
}
interface CardCourse {
	id: string;
	title: string;
	lang?: string;
	lessons: CardLesson[];
}

/**
 * `<resume-card hidden>` on the home page: shows the lesson to continue (lib/resume-point.ts), with
 * its course, from the courses listed in its JSON script. Stays hidden for a new learner, when
 * everything started is finished, and when records cannot be read.
 */
class ResumeCard extends HTMLElement {
	async connectedCallback() {
		const db = await records();
		if (!db) return;
		const courses = JSON.parse(this.querySelector('script')!.textContent) as CardCourse[];
		const plain = courses.map((c) => ({ id: c.id, lessons: c.lessons.map((l) => l.id) }));
		const link = this.querySelector<HTMLAnchorElement>('.resume-lesson')!;
		const courseName = this.querySelector<HTMLElement>('.resume-course')!;
		const render = async () => {
			const id = resumePoint(plain, await readProgress(db));
			const course = courses.find((c) => c.lessons.some((l) => l.id === id));
			const lesson = course?.lessons.find((l) => l.id === id);
			this.hidden = !course || !lesson;
			if (!course || !lesson) return;
			link.href = lesson.href;
			link.textContent = lesson.title;
			courseName.textContent = course.title;
			setLang(link, lesson.lang);
			setLang(courseName, course.lang);
		};
		await render();
		onRecordsChanged(({ stores }) => {
			if (stores.includes('progress')) void render();
		});
	}
}

/** An English title shown for want of a translation says so; otherwise the page's language applies. */
function setLang(element: HTMLElement, lang: string | undefined) {
	if (lang) element.lang = lang;
	else element.removeAttribute('lang');
}

customElements.define('resume-card', ResumeCard);
