import { z } from 'astro/zod';

/**
 * Our own UI strings, added to Starlight's in `content/i18n/<lang>.json`. Each description is the note
 * for translators. Optional here so a missing key falls back to English at run time; the content test
 * `ui-strings.test.ts` fails when any locale file lacks one.
 */
export const uiStrings = z.object({
	'chooser.title': z
		.string()
		.meta({
			description: 'Title of the language chooser page at the site root, in this language: "Choose your language".',
		})
		.optional(),
	'chooser.blurb': z
		.string()
		.meta({ description: 'One sentence under the language name on the chooser: what the academy is.' })
		.optional(),
	'chooser.continue': z
		.string()
		.meta({
			description:
				'Button on the chooser for the language the browser prefers. Names this language in itself: "Continue in English", "Continuer en français".',
		})
		.optional(),
	'sidebar.courses': z
		.string()
		.meta({ description: 'Heading of the list of courses in the site navigation.' })
		.optional(),
	'sidebar.overview': z
		.string()
		.meta({
			description:
				"In the navigation of the course being read, the link to the course's main page (overview, lesson list, quiz).",
		})
		.optional(),
	'notFound.title': z.string().meta({ description: 'Heading of the "page not found" (404) page.' }).optional(),
	'notFound.text': z
		.string()
		.meta({ description: 'Explanation on the 404 page: the address may be mistyped or the page moved or removed.' })
		.optional(),
	'notFound.home': z
		.string()
		.meta({ description: 'Link from the 404 page to the home page in this language.' })
		.optional(),
	'notFound.choose': z.string().meta({ description: 'Link from the 404 page to the language chooser.' }).optional(),
	'footer.about': z.string().meta({ description: 'Footer link to the "About the academy" page.' }).optional(),
	'footer.privacy': z.string().meta({ description: 'Footer link to the privacy page.' }).optional(),
	'footer.contact': z
		.string()
		.meta({
			description: 'Label before the hosting institution\'s contact e-mail or website in the footer: "Contact".',
		})
		.optional(),
	'footer.otherLanguages': z
		.string()
		.meta({
			description:
				'Accessible name of the footer list that links this page in the other languages: "This page in other languages".',
		})
		.optional(),
	'menu.fallback': z
		.string()
		.meta({
			description:
				'On phones whose browser cannot open the menu as an overlay, the menu button jumps to the site navigation shown after the page content. Accessible label of that link: "Go to the site menu".',
		})
		.optional(),
	'menu.backToTop': z
		.string()
		.meta({ description: 'Link at the end of that fallback menu, back to the top of the page.' })
		.optional(),
	'search.loading': z
		.string()
		.meta({
			description:
				'Shown in the search dialog while the search code downloads (it loads only when search is first opened).',
		})
		.optional(),
	'search.failed': z
		.string()
		.meta({
			description:
				'Shown in the search dialog when the search code could not be downloaded, e.g. with no connection. Says what to do.',
		})
		.optional(),
	'sidebar.allCourses': z
		.string()
		.meta({ description: 'Navigation link to the course catalogue, at the top of the course list.' })
		.optional(),
	'course.lessons': z
		.string()
		.meta({ description: "Heading of the list of a course's lessons on the course page." })
		.optional(),
	'course.minutes': z
		.string()
		.meta({ description: 'A duration in minutes, short form: "{{count}} min". Keep {{count}}.' })
		.optional(),
	'course.level': z.string().meta({ description: "Label of a course's level in the catalogue." }).optional(),
	'course.duration': z
		.string()
		.meta({ description: "Label of a course's total study time in the catalogue." })
		.optional(),
	'course.lessonCount': z
		.string()
		.meta({ description: 'Label of the number of lessons of a course in the catalogue.' })
		.optional(),
	'level.introductory': z.string().meta({ description: 'Course level: for learners new to the subject.' }).optional(),
	'level.intermediate': z
		.string()
		.meta({ description: 'Course level: builds on the introductory courses.' })
		.optional(),
	'level.advanced': z
		.string()
		.meta({ description: 'Course level: for learners with experience of the subject.' })
		.optional(),
	'catalogue.title': z.string().meta({ description: 'Title of the course catalogue page.' }).optional(),
	'catalogue.description': z
		.string()
		.meta({ description: 'One or two sentences at the top of the catalogue: what the courses are and where to start.' })
		.optional(),
	'progress.markComplete': z
		.string()
		.meta({ description: 'Button at the end of a lesson that records it as completed.' })
		.optional(),
	'progress.markIncomplete': z
		.string()
		.meta({ description: 'Button shown instead once a lesson is complete, to undo it.' })
		.optional(),
	'progress.completed': z
		.string()
		.meta({ description: 'Announced and shown at the end of a lesson once it is complete.' })
		.optional(),
	'progress.unavailable': z
		.string()
		.meta({
			description:
				'Shown at the end of a lesson when the browser lets the site store nothing (storage blocked or unavailable). Reassures that reading still works.',
		})
		.optional(),
	'progress.full': z
		.string()
		.meta({ description: 'Shown when saving failed because the device or browser storage is full. Says what to do.' })
		.optional(),
	'progress.outdated': z
		.string()
		.meta({
			description:
				"Banner when a newer version of the site, opened in another tab, has taken over the learner's records. Asks to reload.",
		})
		.optional(),
	'progress.reload': z.string().meta({ description: 'Button in that banner that reloads the page.' }).optional(),
	'progress.lessonsCompleted': z
		.string()
		.meta({
			description:
				'Label before a count such as "3 / 5" on course pages and in the catalogue. Ends with a colon where the language uses one.',
		})
		.optional(),
	'progress.completedMark': z
		.string()
		.meta({
			description:
				"Word read by screen readers after a completed lesson's link in the navigation (a check mark is shown).",
		})
		.optional(),
	'home.resume': z
		.string()
		.meta({
			description:
				'Heading of the card on the home page that links to the lesson the learner was reading or should read next.',
		})
		.optional(),
	'home.explore': z
		.string()
		.meta({
			description:
				'Heading of the list of the main parts of the site on the home page (courses, self-assessments, templates, My learning, trainers).',
		})
		.optional(),
	'home.coursesText': z
		.string()
		.meta({ description: 'On the home page, one sentence under the link to the courses: what they are.' })
		.optional(),
	'home.assessText': z
		.string()
		.meta({ description: 'On the home page, one sentence under the link to the self-assessments: what they check.' })
		.optional(),
	'home.templatesText': z
		.string()
		.meta({ description: 'On the home page, one sentence under the link to the policy templates.' })
		.optional(),
	'home.myText': z
		.string()
		.meta({
			description:
				"On the home page, one sentence under the link to My learning: the learner's records, kept on the device.",
		})
		.optional(),
	'home.trainerText': z
		.string()
		.meta({ description: "On the home page, one sentence under the link to the trainers' page." })
		.optional(),
	'lesson.position': z
		.string()
		.meta({
			description:
				'Under a lesson\'s title, after the linked course name: "Lesson 2 of 5". Keep {{current}} and {{total}} (numbers already written in this language).',
		})
		.optional(),
	'lesson.next': z
		.string()
		.meta({ description: 'Link at the end of a lesson to the next lesson of the course. Keep {{lesson}} (its title).' })
		.optional(),
	'lesson.quiz': z
		.string()
		.meta({ description: 'Link at the end of the last lesson of a course to the course quiz.' })
		.optional(),
	'catalogue.inEnglish': z
		.string()
		.meta({
			description:
				'On a course card in the catalogue when the course is not translated into this language yet and opens in English.',
		})
		.optional(),
	'my.title': z
		.string()
		.meta({ description: "Title of the learner's own page: progress, results, drafts, backup." })
		.optional(),
	'my.description': z
		.string()
		.meta({ description: 'Short description of the My learning page (search results, link previews).' })
		.optional(),
	'my.intro': z.string().meta({ description: 'First paragraph of My learning.' }).optional(),
	'my.loading': z.string().meta({ description: "Shown while the page reads the learner's records." }).optional(),
	'my.unavailable': z
		.string()
		.meta({ description: 'Shown on My learning when storage is blocked or missing.' })
		.optional(),
	'my.courses': z.string().meta({ description: "Heading of the learner's progress per course." }).optional(),
	'my.continue': z
		.string()
		.meta({ description: 'Link to the next lesson to study in a course. Keep {{lesson}} (the lesson title).' })
		.optional(),
	'my.start': z.string().meta({ description: 'Link to a course the learner has not begun.' }).optional(),
	'my.courseDone': z.string().meta({ description: 'Shown for a course whose lessons are all complete.' }).optional(),
	'my.quizzes': z.string().meta({ description: "Heading of the learner's quiz results." }).optional(),
	'my.quizzesEmpty': z.string().meta({ description: 'Empty state of quiz results.' }).optional(),
	'my.assessments': z.string().meta({ description: "Heading of the learner's self-assessment results." }).optional(),
	'my.assessmentsEmpty': z.string().meta({ description: 'Empty state of self-assessment results.' }).optional(),
	'my.drafts': z.string().meta({ description: "Heading of the learner's policy template drafts." }).optional(),
	'my.draftsEmpty': z.string().meta({ description: 'Empty state of template drafts.' }).optional(),
	'my.assignments': z.string().meta({ description: 'Heading of assignments received from trainers.' }).optional(),
	'my.assignmentsEmpty': z.string().meta({ description: 'Empty state of assignments.' }).optional(),
	'my.storage': z.string().meta({ description: 'Heading of the storage section.' }).optional(),
	'my.storageUsed': z
		.string()
		.meta({ description: 'Space used and allowed. Keep {{used}} and {{quota}} (sizes such as "120 kB").' })
		.optional(),
	'my.storageUnknown': z.string().meta({ description: 'When the browser gives no storage estimate.' }).optional(),
	'my.persistGranted': z.string().meta({ description: 'Persistent storage granted.' }).optional(),
	'my.persistDenied': z.string().meta({ description: 'Persistent storage refused by the browser.' }).optional(),
	'my.persistUnavailable': z
		.string()
		.meta({ description: 'Persistent storage not available (plain http or old browser).' })
		.optional(),
	'my.persistUnknown': z.string().meta({ description: 'Persistent storage not asked yet.' }).optional(),
	'my.quarantine': z
		.string()
		.meta({ description: 'Count of records that could not be read and were kept apart. Keep {{count}}.' })
		.optional(),
	'my.quarantineDownload': z
		.string()
		.meta({ description: 'Button: saves the set-aside records to a file, e.g. to send to a support person.' })
		.optional(),
	'my.backup': z.string().meta({ description: 'Heading of the backup section.' }).optional(),
	'my.backupIntro': z.string().meta({ description: 'Explains backups.' }).optional(),
	'my.lastBackup': z.string().meta({ description: 'When the last backup was made. Keep {{date}}.' }).optional(),
	'my.neverBackedUp': z.string().meta({ description: 'No backup made yet.' }).optional(),
	'my.backupReminder': z
		.string()
		.meta({ description: 'Gentle reminder shown when there are records and no recent backup.' })
		.optional(),
	'my.download': z.string().meta({ description: 'Button that saves the backup file.' }).optional(),
	'my.restoreFile': z.string().meta({ description: 'Label of the file picker for a backup.' }).optional(),
	'my.restoreMode': z.string().meta({ description: 'Legend of the merge/replace choice.' }).optional(),
	'my.merge': z.string().meta({ description: 'Restore option: merge.' }).optional(),
	'my.replace': z.string().meta({ description: 'Restore option: replace.' }).optional(),
	'my.restore': z.string().meta({ description: 'Button that restores the chosen backup.' }).optional(),
	'my.restoreReady': z
		.string()
		.meta({ description: 'Summary of a valid backup file before restoring. Keep {{date}} and {{count}}.' })
		.optional(),
	'my.restored': z.string().meta({ description: 'After a successful restore. Keep {{count}}.' }).optional(),
	'my.sectionFailed': z
		.string()
		.meta({
			description:
				'Shown in place of one part of My learning that could not be displayed (the other parts still work).',
		})
		.optional(),
	'my.replaceAsk': z
		.string()
		.meta({
			description:
				'Confirmation before a restore replaces everything. Keep {{current}} (records on the device) and {{incoming}} (records in the backup).',
		})
		.optional(),
	'my.replaceConfirm': z
		.string()
		.meta({ description: 'Button that confirms replacing everything with the backup.' })
		.optional(),
	'my.safetyCopy': z
		.string()
		.meta({ description: 'The automatic copy of what a restore replaced. Keep {{date}} and {{count}}.' })
		.optional(),
	'my.undoRestore': z
		.string()
		.meta({ description: 'Button that puts back what the last restore replaced.' })
		.optional(),
	'my.undoAsk': z
		.string()
		.meta({
			description:
				'Confirmation before undoing the last restore. Keep {{current}} (records now) and {{incoming}} (records in the kept copy).',
		})
		.optional(),
	'my.undoConfirm': z.string().meta({ description: 'Button that confirms undoing the last restore.' }).optional(),
	'my.undone': z.string().meta({ description: 'After the last restore was undone. Keep {{count}}.' }).optional(),
	'my.errMalformed': z
		.string()
		.meta({ description: 'Refusal: a record is nested too deeply or cannot be stored. Keep {{store}} and {{index}}.' })
		.optional(),
	'my.errMalformedWrite': z
		.string()
		.meta({ description: 'Restore failed while writing because a record cannot be stored (malformed).' })
		.optional(),
	'my.errFull': z
		.string()
		.meta({ description: 'Restore failed because the device or the site’s storage quota is full.' })
		.optional(),
	'my.errChecksum': z
		.string()
		.meta({
			description:
				'Refusal: an imported progress report in the backup fails its checksum. Keep {{index}}; “cohorts” is a store name, not translated.',
		})
		.optional(),
	'my.errFuture': z
		.string()
		.meta({
			description:
				'Refusal: an imported progress report in the backup is dated more than a day in the future. Keep {{index}} and {{date}} (a long date); “cohorts” is a store name, not translated.',
		})
		.optional(),
	'my.errQuarantineLarge': z
		.string()
		.meta({ description: 'Refusal: the backup carries damaged (set-aside) records that are too large or too many.' })
		.optional(),
	'my.errTooLarge': z.string().meta({ description: 'Refusal: file too big.' }).optional(),
	'my.errNotJson': z.string().meta({ description: 'Refusal: not JSON or truncated.' }).optional(),
	'my.errNotBackup': z.string().meta({ description: 'Refusal: another kind of file.' }).optional(),
	'my.errNewer': z.string().meta({ description: 'Refusal: backup from a newer version. Keep {{version}}.' }).optional(),
	'my.errBadRecord': z
		.string()
		.meta({ description: 'Refusal: one record is invalid. Keep {{store}} and {{index}}.' })
		.optional(),
	'my.errBadStructure': z.string().meta({ description: "Refusal: the file's structure is wrong." }).optional(),
	'my.errWrite': z.string().meta({ description: 'Restore failed while writing.' }).optional(),
	'my.errRead': z.string().meta({ description: 'The browser could not read the chosen file.' }).optional(),
	'my.needsScript': z
		.string()
		.meta({ description: 'On My learning when JavaScript is off: what needs it and why, and what works without it.' })
		.optional(),
	'my.withoutScript': z
		.string()
		.meta({
			description:
				'On My learning when JavaScript is off, before links to the courses and the privacy page. Ends with a colon where the language uses one.',
		})
		.optional(),
	'my.delete': z.string().meta({ description: 'Heading and button of the erase section.' }).optional(),
	'my.deleteIntro': z.string().meta({ description: 'Explains what erasing does.' }).optional(),
	'my.deleteAsk': z.string().meta({ description: 'Confirmation question.' }).optional(),
	'my.deleteConfirm': z.string().meta({ description: 'Confirmation button.' }).optional(),
	'my.cancel': z.string().meta({ description: 'Cancels the deletion.' }).optional(),
	'my.deleted': z.string().meta({ description: 'After erasing.' }).optional(),
	'sidebar.my': z.string().meta({ description: 'Navigation link to the My learning page.' }).optional(),
	'sidebar.help': z
		.string()
		.meta({
			description:
				'Navigation link to the page that lists who offers governments help with AI governance and how to ask.',
		})
		.optional(),
	'quiz.scenario': z.string().meta({ description: 'Label of the short case a scenario question is about.' }).optional(),
	'quiz.multipleHint': z.string().meta({ description: 'Hint under a multiple-select question.' }).optional(),
	'quiz.orderingHint': z.string().meta({ description: 'Hint under an ordering question.' }).optional(),
	'quiz.matchingHint': z.string().meta({ description: 'Hint under a matching question.' }).optional(),
	'quiz.position': z
		.string()
		.meta({ description: 'Label of the list that gives an item its place in an ordering question. Keep {{item}}.' })
		.optional(),
	'quiz.choose': z.string().meta({ description: 'Empty first entry of a drop-down list.' }).optional(),
	'quiz.true': z.string().meta({ description: 'Answer option of a true/false question.' }).optional(),
	'quiz.false': z.string().meta({ description: 'Answer option of a true/false question.' }).optional(),
	'quiz.showAnswer': z
		.string()
		.meta({ description: 'Reveals the answer and explanation (without JavaScript, or before checking).' })
		.optional(),
	'quiz.answerIs': z.string().meta({ description: 'Before the correct answer in the revealed section.' }).optional(),
	'quiz.check': z.string().meta({ description: 'Button that checks all answers.' }).optional(),
	'quiz.retake': z
		.string()
		.meta({ description: 'Button that clears the answers and shuffles the options for a new attempt.' })
		.optional(),
	'quiz.errorTitle': z
		.string()
		.meta({ description: 'Heading of the error summary when the learner checks before answering everything.' })
		.optional(),
	'quiz.errorItem': z
		.string()
		.meta({ description: 'One line of that summary, linking to the question. Keep {{n}}.' })
		.optional(),
	'quiz.correct': z.string().meta({ description: 'Result of a question answered right.' }).optional(),
	'quiz.partly': z
		.string()
		.meta({ description: 'Result of a question answered partly right (partial credit).' })
		.optional(),
	'quiz.incorrect': z.string().meta({ description: 'Result of a question answered wrong.' }).optional(),
	'quiz.rightOrder': z.string().meta({ description: 'Before the correct order of an ordering question.' }).optional(),
	'quiz.rightMatches': z
		.string()
		.meta({ description: 'Before the correct matches of a matching question.' })
		.optional(),
	'quiz.readLesson': z
		.string()
		.meta({ description: 'Link to the lesson that teaches a question. Keep {{lesson}}.' })
		.optional(),
	'quiz.score': z
		.string()
		.meta({ description: 'Result summary. Keep {{score}} (a percentage such as 80 %).' })
		.optional(),
	'quiz.checkScore': z
		.string()
		.meta({ description: 'Result of a lesson check. Keep {{points}} (such as 2.5 / 3).' })
		.optional(),
	'quiz.passed': z
		.string()
		.meta({ description: 'Shown when the learner reaches the pass mark. Keep {{passMark}}.' })
		.optional(),
	'quiz.failed': z.string().meta({ description: 'Shown below the pass mark. Keep {{passMark}}.' }).optional(),
	'quiz.partialRule': z.string().meta({ description: 'How partial credit works, shown on the quiz page.' }).optional(),
	'quiz.history': z.string().meta({ description: "Heading of the list of the learner's past attempts." }).optional(),
	'quiz.historyEmpty': z.string().meta({ description: 'When there is no attempt yet.' }).optional(),
	'quiz.date': z.string().meta({ description: 'Table column: when the attempt was made.' }).optional(),
	'quiz.result': z.string().meta({ description: 'Table column: passed or not.' }).optional(),
	'quiz.scoreColumn': z.string().meta({ description: 'Table column: score.' }).optional(),
	'quiz.passedShort': z.string().meta({ description: 'Table cell: the attempt passed.' }).optional(),
	'quiz.failedShort': z.string().meta({ description: 'Table cell: the attempt did not pass.' }).optional(),
	'quiz.saveFailed': z.string().meta({ description: 'When saving an attempt failed.' }).optional(),
	'quiz.title': z
		.string()
		.meta({ description: "Title of a course's quiz page, and its link on the course page." })
		.optional(),
	'quiz.intro': z.string().meta({ description: 'Introduction of the quiz page.' }).optional(),
	'quiz.passMark': z.string().meta({ description: 'Shown on the quiz page. Keep {{passMark}}.' }).optional(),
	'my.attemptLine': z
		.string()
		.meta({ description: "My learning: one course quiz's results. Keep {{quiz}}, {{score}} and {{count}}." })
		.optional(),
	'quiz.pageTitle': z
		.string()
		.meta({ description: 'Title of a course quiz page. Keep {{course}} (the course title).' })
		.optional(),
	'quiz.questionOf': z
		.string()
		.meta({
			description: 'Small label before each question: its number and how many there are. Keep {{n}} and {{total}}.',
		})
		.optional(),
	'quiz.answered_one': z
		.string()
		.meta({
			description:
				'Count of questions answered so far, singular form. Keep {{count}} and {{total}}. Languages with more plural forms add the keys their grammar needs (e.g. _few, _many).',
		})
		.optional(),
	'quiz.answered_other': z
		.string()
		.meta({ description: 'Count of questions answered so far, general plural form. Keep {{count}} and {{total}}.' })
		.optional(),
	'quiz.review': z
		.string()
		.meta({ description: 'In the result summary, before the links to the questions not fully right.' })
		.optional(),
	'quiz.reviewItem': z
		.string()
		.meta({
			description:
				'Link from the result summary to one question. Keep {{n}} (its number) and {{result}} (such as “Not correct”).',
		})
		.optional(),
	'quiz.yourAnswer': z
		.string()
		.meta({ description: 'Feedback: the answer the learner gave (single choice, true/false). Keep {{answer}}.' })
		.optional(),
	'quiz.rightAnswer': z
		.string()
		.meta({
			description: 'Feedback: the right answer, after a wrong one (single choice, true/false). Keep {{answer}}.',
		})
		.optional(),
	'quiz.chosenRight': z
		.string()
		.meta({ description: 'Feedback on a multiple-select question: an option chosen that is right. Keep {{option}}.' })
		.optional(),
	'quiz.chosenWrong': z
		.string()
		.meta({ description: 'Feedback on a multiple-select question: an option chosen that is wrong. Keep {{option}}.' })
		.optional(),
	'quiz.missedRight': z
		.string()
		.meta({ description: 'Feedback on a multiple-select question: a right option not chosen. Keep {{option}}.' })
		.optional(),
	'quiz.yourOrder': z
		.string()
		.meta({ description: 'Feedback on an ordering question: before the order the learner gave.' })
		.optional(),
	'quiz.placeRight': z
		.string()
		.meta({ description: "An item of the learner's order that is in its right place. Keep {{item}}." })
		.optional(),
	'quiz.placeWrong': z
		.string()
		.meta({
			description:
				"An item of the learner's order in a wrong place. Keep {{item}} and {{place}} (its right place, a number).",
		})
		.optional(),
	'quiz.yourMatches': z
		.string()
		.meta({ description: 'Feedback on a matching question: before the matches the learner chose.' })
		.optional(),
	'quiz.matchRight': z
		.string()
		.meta({ description: 'A match the learner got right. Keep {{prompt}} and {{match}}.' })
		.optional(),
	'quiz.matchWrong': z
		.string()
		.meta({
			description:
				'A match the learner got wrong. Keep {{prompt}}, {{chosen}} (their choice) and {{match}} (the right one).',
		})
		.optional(),
	'quiz.moved': z
		.string()
		.meta({
			description:
				'Said by screen readers when giving an item a place moves the item that held it. Keep {{item}} and {{place}}.',
		})
		.optional(),
	'quiz.noScript': z
		.string()
		.meta({
			description:
				'Shown with JavaScript off, above a quiz (in the page’s language, even where the quiz is shown in English): what needs JavaScript, and what the learner can still do.',
		})
		.optional(),
	'assess.title': z.string().meta({ description: 'Title of the page listing the self-assessments.' }).optional(),
	'assess.description': z.string().meta({ description: 'Description of the self-assessments page.' }).optional(),
	'assess.start': z.string().meta({ description: 'Link to begin a self-assessment.' }).optional(),
	'assess.resume': z.string().meta({ description: 'Link to an assessment in progress.' }).optional(),
	'assess.viewResult': z.string().meta({ description: "Link to a completed assessment's result." }).optional(),
	'assess.inProgress': z.string().meta({ description: 'Status of an unfinished assessment.' }).optional(),
	'assess.completedOn': z.string().meta({ description: 'Status of a finished assessment. Keep {{date}}.' }).optional(),
	'assess.howScored': z.string().meta({ description: 'Heading of the scoring rule explanation.' }).optional(),
	'assess.step': z
		.string()
		.meta({ description: 'Progress through the screens of an assessment. Keep {{n}} and {{total}}.' })
		.optional(),
	'assess.previous': z.string().meta({ description: 'Button: back to the previous screen.' }).optional(),
	'assess.next': z.string().meta({ description: 'Button: on to the next screen.' }).optional(),
	'assess.finish': z.string().meta({ description: 'Button on the last screen: show the result.' }).optional(),
	'assess.saved': z.string().meta({ description: 'Reassurance under the questions.' }).optional(),
	'assess.saveFailed': z.string().meta({ description: 'When saving answers failed.' }).optional(),
	'assess.unanswered': z
		.string()
		.meta({ description: 'On the result when some questions were skipped. Keep {{count}}.' })
		.optional(),
	'assess.result': z.string().meta({ description: 'Heading of the result view.' }).optional(),
	'assess.safeguards': z
		.string()
		.meta({ description: 'Heading of the list of safeguards for a risk level.' })
		.optional(),
	'assess.comparison': z.string().meta({ description: 'Heading of the comparison with EU AI Act tiers.' }).optional(),
	'assess.learnMore': z.string().meta({ description: 'Heading of links to lessons and glossary entries.' }).optional(),
	'assess.figures': z
		.string()
		.meta({ description: "The risk check's figures. Keep {{impact}}, {{mitigation}}, {{adjusted}} (percentages)." })
		.optional(),
	'assess.dimension': z.string().meta({ description: 'Table column: readiness dimension.' }).optional(),
	'assess.average': z.string().meta({ description: 'Table column: average rating.' }).optional(),
	'assess.advice': z.string().meta({ description: 'Table column and heading: advice.' }).optional(),
	'assess.chartLabel': z.string().meta({ description: 'Accessible name of the readiness chart.' }).optional(),
	'assess.notRated': z.string().meta({ description: 'A dimension with no answered indicator.' }).optional(),
	'assess.change': z.string().meta({ description: 'Button: back to the questions with answers kept.' }).optional(),
	'assess.restart': z.string().meta({ description: 'Button: clears the answers of this assessment.' }).optional(),
	'assess.restartAsk': z.string().meta({ description: 'Confirmation before clearing.' }).optional(),
	'assess.print': z
		.string()
		.meta({ description: "Button that opens the browser's print dialog for the result." })
		.optional(),
	'assess.export': z.string().meta({ description: 'Button that saves answers and result as a file.' }).optional(),
	'assess.questions': z
		.string()
		.meta({ description: 'Heading above the list of questions when shown all at once (without JavaScript).' })
		.optional(),
	'assess.noticeShort': z
		.string()
		.meta({
			description:
				"A self-assessment's notice in one line, always visible; the full notice is behind assess.noticeMore.",
		})
		.optional(),
	'assess.noticeMore': z.string().meta({ description: 'Opens the full notice of a self-assessment.' }).optional(),
	'assess.missingTitle': z
		.string()
		.meta({ description: 'Heading of the list of unanswered questions, shown before the result.' })
		.optional(),
	'assess.missingCount': z.string().meta({ description: 'Under assess.missingTitle. Keep {{count}}.' }).optional(),
	'assess.goToStep': z
		.string()
		.meta({ description: 'Button to a screen with unanswered questions. Keep {{n}} and {{title}}.' })
		.optional(),
	'assess.resultAnyway': z
		.string()
		.meta({ description: 'Button: show the result although some questions are unanswered.' })
		.optional(),
	'assess.partialResult': z
		.string()
		.meta({ description: 'Marks a result given with unanswered questions.' })
		.optional(),
	'my.assessmentLine': z
		.string()
		.meta({ description: 'My learning: one completed self-assessment. Keep {{title}} and {{result}}.' })
		.optional(),
	'my.assessmentInProgress': z
		.string()
		.meta({ description: 'My learning: an unfinished self-assessment. Keep {{title}}.' })
		.optional(),
	'sidebar.assess': z.string().meta({ description: 'Navigation link to the self-assessments.' }).optional(),
	'offline.title': z
		.string()
		.meta({
			description: 'Title of the page shown for an address that is not on the device while there is no connection.',
		})
		.optional(),
	'offline.text': z.string().meta({ description: 'Explanation on that page.' }).optional(),
	'offline.my': z.string().meta({ description: 'Link from the offline page to My learning.' }).optional(),
	'offline.home': z.string().meta({ description: 'Link from the offline page to the home page.' }).optional(),
	'offline.help': z.string().meta({ description: 'Link to the help page about offline use.' }).optional(),
	'offline.indicator': z
		.string()
		.meta({ description: 'Small notice shown while the device has no connection.' })
		.optional(),
	'offline.update': z.string().meta({ description: 'Prompt when an update has been downloaded.' }).optional(),
	'offline.reload': z.string().meta({ description: 'Button in the update prompt.' }).optional(),
	'offline.later': z.string().meta({ description: 'Button that hides the update prompt.' }).optional(),
	'download.button': z
		.string()
		.meta({ description: 'Button on a course page. Keep {{size}} (such as 420 kB).' })
		.optional(),
	'download.shared': z
		.string()
		.meta({
			description:
				"Under the download button: the language's main pages (home, catalogue, My learning, glossary…) and search come once, with the first course. Keep {{size}}.",
		})
		.optional(),
	'download.progress': z
		.string()
		.meta({ description: 'Progress text. Keep {{done}} and {{total}} (sizes).' })
		.optional(),
	'download.done': z.string().meta({ description: 'Status of a downloaded course.' }).optional(),
	'download.savedOn': z.string().meta({ description: 'When and how much. Keep {{date}} and {{size}}.' }).optional(),
	'download.update': z
		.string()
		.meta({ description: 'Button when the downloaded course changed. Keep {{size}} (what the update costs).' })
		.optional(),
	'download.updated': z.string().meta({ description: 'After an update. Keep {{size}}.' }).optional(),
	'download.upToDate': z.string().meta({ description: 'When the downloaded copy is the latest.' }).optional(),
	'download.remove': z.string().meta({ description: 'Button that deletes the offline copy.' }).optional(),
	'download.removed': z.string().meta({ description: 'After removing. Keep {{size}}.' }).optional(),
	'download.failed': z.string().meta({ description: 'When a download fails part-way.' }).optional(),
	'download.retry': z.string().meta({ description: 'Button after a failed download.' }).optional(),
	'download.full': z.string().meta({ description: 'When the device is full.' }).optional(),
	'download.needsHttps': z
		.string()
		.meta({ description: 'On a plain-HTTP address, where browsers allow no offline storage of pages.' })
		.optional(),
	'download.unsupported': z.string().meta({ description: 'In browsers without service workers.' }).optional(),
	'my.downloads': z.string().meta({ description: 'Heading in My learning.' }).optional(),
	'my.downloadsEmpty': z.string().meta({ description: 'Empty state of downloaded courses.' }).optional(),
	'my.downloadLine': z
		.string()
		.meta({ description: 'One downloaded course. Keep {{course}}, {{language}}, {{size}}, {{date}}.' })
		.optional(),
	'my.updateAvailable': z.string().meta({ description: 'Marks a downloaded course that changed since.' }).optional(),
	'search.firstDownload': z.string().meta({ description: 'Shown in the search window. Keep {{size}}.' }).optional(),
	'search.notDownloaded': z
		.string()
		.meta({
			description:
				'Offline, under a search result whose page is not on the device (its course is not downloaded): says when it will open.',
		})
		.optional(),
	'offline.catalogue': z
		.string()
		.meta({ description: 'Link from the offline page to the course catalogue.' })
		.optional(),
	'templates.title': z.string().meta({ description: 'Title of the page listing the templates.' }).optional(),
	'templates.description': z.string().meta({ description: 'Description of the templates page.' }).optional(),
	'sidebar.templates': z.string().meta({ description: 'Navigation link to the templates.' }).optional(),
	'template.follows': z
		.string()
		.meta({ description: 'Label before the list of instruments a template follows.' })
		.optional(),
	'template.example': z.string().meta({ description: "Reveals a field's example answer." }).optional(),
	'template.draft': z.string().meta({ description: 'Label of the list to choose which draft to work on.' }).optional(),
	'template.newDraft': z.string().meta({ description: 'Button that creates an empty draft.' }).optional(),
	'template.draftName': z.string().meta({ description: "Label of the draft's name field." }).optional(),
	'template.defaultName': z.string().meta({ description: 'Name given to a new draft. Keep {{date}}.' }).optional(),
	'template.saved': z.string().meta({ description: 'Autosave status.' }).optional(),
	'template.saveFull': z
		.string()
		.meta({
			description:
				'When autosave failed because the device (or the space the browser allows the site) is full. Say the text is still on screen and how to keep it.',
		})
		.optional(),
	'template.updatedElsewhere': z
		.string()
		.meta({
			description:
				'Status shown when the learner has the same draft open in two tabs or windows and the other one changed it: its answers now show here too.',
		})
		.optional(),
	'template.saving': z.string().meta({ description: 'Autosave status while writing.' }).optional(),
	'template.saveFailed': z.string().meta({ description: 'When autosave failed.' }).optional(),
	'template.charsLeft_one': z
		.string()
		.meta({
			description:
				'Character count, singular form. Keep {{count}}. Languages with more plural forms add the keys their grammar needs (e.g. _few, _many).',
		})
		.optional(),
	'template.charsLeft_other': z
		.string()
		.meta({ description: 'Character count, general plural form. Keep {{count}}.' })
		.optional(),
	'template.charsOver_one': z
		.string()
		.meta({ description: 'Over the limit, singular form. Keep {{count}}.' })
		.optional(),
	'template.charsOver_other': z
		.string()
		.meta({ description: 'Over the limit, general plural form. Keep {{count}}.' })
		.optional(),
	'template.addRow': z.string().meta({ description: 'Button under a table field.' }).optional(),
	'template.removeRow': z.string().meta({ description: 'Button on a table row. Keep {{n}}.' }).optional(),
	'template.row': z.string().meta({ description: 'Label of a table row. Keep {{n}}.' }).optional(),
	'template.export': z.string().meta({ description: 'Heading of the export buttons.' }).optional(),
	'template.includeGuidance': z.string().meta({ description: 'Checkbox for exports.' }).optional(),
	'template.exportWord': z.string().meta({ description: 'Export button.' }).optional(),
	'template.exportMarkdown': z.string().meta({ description: 'Export button.' }).optional(),
	'template.print': z.string().meta({ description: 'Export button: opens the print dialog.' }).optional(),
	'template.exportJson': z.string().meta({ description: 'Export button.' }).optional(),
	'template.import': z.string().meta({ description: 'Label of the file picker that imports a draft.' }).optional(),
	'template.imported': z.string().meta({ description: 'After importing. Keep {{name}}.' }).optional(),
	'template.exportFailed': z.string().meta({ description: 'When the Word export code failed to load.' }).optional(),
	'template.errorTitle': z.string().meta({ description: 'Heading of the error summary before export.' }).optional(),
	'template.errRequired': z
		.string()
		.meta({ description: 'Error: a required field is empty. Keep {{label}}.' })
		.optional(),
	'template.errTooLong': z.string().meta({ description: 'Error. Keep {{label}}.' }).optional(),
	'template.errNumber': z.string().meta({ description: 'Error for number fields. Keep {{label}}.' }).optional(),
	'template.errDate': z.string().meta({ description: 'Error. Keep {{label}}.' }).optional(),
	'template.errChoice': z.string().meta({ description: 'Error. Keep {{label}}.' }).optional(),
	'template.errRows': z.string().meta({ description: 'Error. Keep {{label}}.' }).optional(),
	'template.errFileTooLarge': z.string().meta({ description: 'Import refused.' }).optional(),
	'template.errFileNotJson': z.string().meta({ description: 'Import refused.' }).optional(),
	'template.errFileNotTemplate': z.string().meta({ description: 'Import refused.' }).optional(),
	'template.errFileNewer': z.string().meta({ description: 'Import refused. Keep {{version}}.' }).optional(),
	'template.errFileOther': z.string().meta({ description: 'Import refused. Keep {{template}}.' }).optional(),
	'template.errFileValues': z.string().meta({ description: 'Import refused. Keep {{field}}.' }).optional(),
	'template.requiredMarker': z
		.string()
		.meta({ description: 'Shown after the label of a field that must be answered before the document is final.' })
		.optional(),
	'template.requiredNote': z
		.string()
		.meta({
			description:
				'Note above a template form explaining the required marker, and that a draft can be exported at any stage. Quote the marker and template.toComplete as translated.',
		})
		.optional(),
	'template.toComplete': z
		.string()
		.meta({ description: 'Written in exported and printed documents in place of an unanswered field.' })
		.optional(),
	'template.checklist': z
		.string()
		.meta({ description: 'Heading of the checklist of missing or wrong answers, beside the export buttons.' })
		.optional(),
	'template.stillToDo': z
		.string()
		.meta({ description: 'Checklist: how many answers are missing or need a correction. Keep {{count}}.' })
		.optional(),
	'template.allDone': z.string().meta({ description: 'Checklist when nothing is missing.' }).optional(),
	'template.numberReadAs': z
		.string()
		.meta({ description: 'Under a number field: the number as understood, e.g. "Read as 12,000". Keep {{number}}.' })
		.optional(),
	'template.deleteDraft': z.string().meta({ description: 'Button that deletes the draft being edited.' }).optional(),
	'template.deleteNamed': z
		.string()
		.meta({ description: 'My learning: button that deletes one draft. Keep {{name}}.' })
		.optional(),
	'template.deleted': z
		.string()
		.meta({ description: 'Announced after a draft is deleted, next to the Undo button. Keep {{name}}.' })
		.optional(),
	'template.restored': z.string().meta({ description: 'Announced after Undo. Keep {{name}}.' }).optional(),
	'template.undo': z.string().meta({ description: 'Button that brings a deleted draft back.' }).optional(),
	'template.nameNumbered': z
		.string()
		.meta({
			description:
				'A draft name already used, made distinct with a number, e.g. "Draft of 7 Dec 2026, 15:10 (2)". Keep {{name}} and {{n}}.',
		})
		.optional(),
	'template.about': z
		.string()
		.meta({ description: "Opens a template's full introduction and the instruments it is based on." })
		.optional(),
	'my.draftLine': z
		.string()
		.meta({ description: 'My learning: one draft. Keep {{template}}, {{name}}, {{date}}.' })
		.optional(),
	'footer.trainer': z
		.string()
		.meta({ description: "Footer link to the trainers' page (make assignments, collect progress reports)." })
		.optional(),
	'assignment.title': z
		.string()
		.meta({ description: 'Title of the page that shows an assignment a trainer gave the learner.' })
		.optional(),
	'assignment.description': z
		.string()
		.meta({ description: 'Short description of the assignment page, for search and link previews.' })
		.optional(),
	'assignment.needsJs': z
		.string()
		.meta({ description: 'Shown when JavaScript is off, on the assignment and trainer pages.' })
		.optional(),
	'assignment.openHeading': z
		.string()
		.meta({ description: 'Heading above the ways to open an assignment when none is open.' })
		.optional(),
	'assignment.openIntro': z.string().meta({ description: 'Explains how to open an assignment.' }).optional(),
	'assignment.pasteLabel': z
		.string()
		.meta({ description: 'Label of the box where the learner pastes an assignment link or code.' })
		.optional(),
	'assignment.open': z
		.string()
		.meta({ description: 'Button that opens the pasted assignment link or code.' })
		.optional(),
	'assignment.openFile': z
		.string()
		.meta({ description: 'Label of the file picker for an assignment file (.json) from a trainer.' })
		.optional(),
	'assignment.notFound': z
		.string()
		.meta({
			description:
				'When the learner follows a link to a saved assignment that is not on this device (deleted, or another device).',
		})
		.optional(),
	'assignment.notSaved': z.string().meta({ description: 'When saving an assignment fails.' }).optional(),
	'assignment.saved': z
		.string()
		.meta({ description: 'After an assignment is opened and saved on the device.' })
		.optional(),
	'assignment.errDamaged': z.string().meta({ description: 'Refusal: the assignment code cannot be read.' }).optional(),
	'assignment.errTooLong': z.string().meta({ description: 'Refusal: the code is too long. Keep {{max}}.' }).optional(),
	'assignment.errTooLarge': z
		.string()
		.meta({ description: 'Refusal: the code or file unpacks to too much data.' })
		.optional(),
	'assignment.errNotJson': z.string().meta({ description: 'Refusal: the chosen file is not JSON.' }).optional(),
	'assignment.errNewer': z
		.string()
		.meta({ description: "Refusal: the assignment's format version is newer than this site knows. Keep {{version}}." })
		.optional(),
	'assignment.errInvalid': z
		.string()
		.meta({
			description: 'Refusal: the assignment fails the checks. Keep {{field}} (a technical field name, shown as is).',
		})
		.optional(),
	'assignment.dueLabel': z.string().meta({ description: 'Label of the due date of an assignment.' }).optional(),
	'assignment.due': z.string().meta({ description: "An assignment's due date in a list. Keep {{date}}." }).optional(),
	'assignment.dueNote': z
		.string()
		.meta({
			description: "After the due date: the assignment is due at the end of that day in the learner's time zone.",
		})
		.optional(),
	'assignment.overdue': z
		.string()
		.meta({ description: 'Shown when the due date has passed and the assignment is not finished.' })
		.optional(),
	'assignment.passMarkLabel': z
		.string()
		.meta({ description: 'Label of the pass mark the trainer set for course quizzes.' })
		.optional(),
	'assignment.progressLabel': z
		.string()
		.meta({ description: "Label of the learner's progress on the assignment." })
		.optional(),
	'assignment.itemsDone': z
		.string()
		.meta({ description: 'How many items of the assignment are done. Keep {{done}} and {{total}}.' })
		.optional(),
	'assignment.items': z
		.string()
		.meta({ description: 'Heading of the list of items (lessons, quizzes, ...) in an assignment.' })
		.optional(),
	'assignment.kindCourse': z.string().meta({ description: 'Kind of an assignment item: a whole course.' }).optional(),
	'assignment.kindLesson': z.string().meta({ description: 'Kind of an assignment item: one lesson.' }).optional(),
	'assignment.kindQuiz': z
		.string()
		.meta({ description: "Kind of an assignment item: a course's final quiz." })
		.optional(),
	'assignment.kindAssessment': z
		.string()
		.meta({ description: 'Kind of an assignment item: a self-assessment (risk check, readiness).' })
		.optional(),
	'assignment.kindTemplate': z
		.string()
		.meta({ description: 'Kind of an assignment item: a fillable policy template.' })
		.optional(),
	'assignment.itemLabel': z
		.string()
		.meta({
			description:
				'An item of an assignment: its kind (Lesson, Course quiz, ...) and its title, in a table heading or on the printed handout. Keep {{kind}} and {{title}}; use the punctuation of your language.',
		})
		.optional(),
	'assignment.unknownItem': z
		.string()
		.meta({ description: 'An item of the assignment that this copy of the academy does not have. Keep {{id}}.' })
		.optional(),
	'assignment.statusDone': z.string().meta({ description: 'Status of an item that is done.' }).optional(),
	'assignment.statusNotDone': z.string().meta({ description: 'Status of an item that is not done.' }).optional(),
	'assignment.statusLessons': z
		.string()
		.meta({ description: 'Status of a course item. Keep {{done}} and {{total}}.' })
		.optional(),
	'assignment.statusNotTaken': z.string().meta({ description: 'Status of a quiz not yet taken.' }).optional(),
	'assignment.statusPassed': z
		.string()
		.meta({ description: 'Status of a quiz at or above the pass mark. Keep {{score}}.' })
		.optional(),
	'assignment.statusBelow': z
		.string()
		.meta({ description: 'Status of a quiz below the pass mark. Keep {{score}} and {{passMark}}.' })
		.optional(),
	'assignment.statusAverage': z
		.string()
		.meta({ description: 'Status of a completed readiness self-assessment. Keep {{average}}.' })
		.optional(),
	'assignment.statusDraft': z
		.string()
		.meta({ description: 'Status of a template item: the learner saved a draft.' })
		.optional(),
	'assignment.offlineHeading': z
		.string()
		.meta({ description: 'Heading of the offline download section of an assignment.' })
		.optional(),
	'assignment.offlineButton': z
		.string()
		.meta({
			description: 'Button that downloads every course and page of the assignment for offline use. Keep {{size}}.',
		})
		.optional(),
	'assignment.offlineDone': z
		.string()
		.meta({ description: 'When every part of the assignment is downloaded.' })
		.optional(),
	'assignment.offlineUnavailable': z
		.string()
		.meta({ description: 'When the list of files to download cannot be fetched.' })
		.optional(),
	'assignment.remove': z
		.string()
		.meta({
			description:
				"Button on the assignment page: removes the assignment from My learning. The learner's lessons, quiz results and drafts stay.",
		})
		.optional(),
	'assignment.removeConfirm': z
		.string()
		.meta({ description: 'Confirmation before removing an assignment.' })
		.optional(),
	'assignment.removed': z.string().meta({ description: 'After removing an assignment.' }).optional(),
	'report.heading': z.string().meta({ description: 'Heading of the progress report section.' }).optional(),
	'report.intro': z.string().meta({ description: 'Explains the progress report.' }).optional(),
	'report.name': z.string().meta({ description: 'Label of the name field for the report.' }).optional(),
	'report.nameHint': z.string().meta({ description: 'Hint under the name field.' }).optional(),
	'report.errName': z.string().meta({ description: 'Error when the name is empty.' }).optional(),
	'report.make': z.string().meta({ description: 'Button that makes the progress report.' }).optional(),
	'report.ready': z.string().meta({ description: 'Heading once the report is made.' }).optional(),
	'report.file': z.string().meta({ description: 'Button that saves the report as a file.' }).optional(),
	'report.code': z.string().meta({ description: 'Label of the box with the report as text.' }).optional(),
	'report.codeHint': z.string().meta({ description: 'Hint for the report code.' }).optional(),
	'report.copy': z.string().meta({ description: 'Button that copies the report code.' }).optional(),
	'report.copied': z.string().meta({ description: 'After copying the report code.' }).optional(),
	'report.copyFailed': z.string().meta({ description: 'When copying to the clipboard fails.' }).optional(),
	'report.qr': z.string().meta({ description: 'Button that shows the report as a QR code.' }).optional(),
	'report.qrHint': z.string().meta({ description: "Under the report's QR code." }).optional(),
	'report.qrLabel': z.string().meta({ description: "Accessible name of the report's QR code image." }).optional(),
	'report.qrTooLong': z.string().meta({ description: 'When the report does not fit a QR code.' }).optional(),
	'report.checksum': z
		.string()
		.meta({
			description:
				"Label before the report's checksum, inside the technical details. It detects damage; it is not a signature.",
		})
		.optional(),
	'report.technical': z
		.string()
		.meta({ description: 'Folded section under a progress report with its checksum: "Technical details".' })
		.optional(),
	'report.checksumHelp': z
		.string()
		.meta({
			description:
				'Plain sentence in that section: what the checksum is for (detects changes and damage), and that it is not a signature.',
		})
		.optional(),
	'trainer.title': z.string().meta({ description: "Title of the trainers' page." }).optional(),
	'trainer.description': z.string().meta({ description: "Short description of the trainers' page." }).optional(),
	'trainer.intro': z.string().meta({ description: "First paragraph of the trainers' page." }).optional(),
	'trainer.guide': z
		.string()
		.meta({ description: "Link on the trainers' page to the guide for trainers (a page that explains the steps)." })
		.optional(),
	'trainer.create': z.string().meta({ description: 'Heading of the assignment builder.' }).optional(),
	'trainer.fieldTitle': z.string().meta({ description: 'Label of the assignment title.' }).optional(),
	'trainer.fieldMessage': z.string().meta({ description: 'Label of the message to learners.' }).optional(),
	'trainer.fieldDue': z.string().meta({ description: 'Label of the due date.' }).optional(),
	'trainer.dueHint': z.string().meta({ description: 'Hint under the due date.' }).optional(),
	'trainer.fieldPassMark': z.string().meta({ description: 'Label of the pass mark.' }).optional(),
	'trainer.pickItems': z
		.string()
		.meta({ description: 'Legend of the choice of courses, lessons, quizzes, self-assessments and templates.' })
		.optional(),
	'trainer.wholeCourse': z.string().meta({ description: 'Checkbox: assign the whole course.' }).optional(),
	'trainer.courseQuiz': z.string().meta({ description: 'Checkbox: assign the course quiz.' }).optional(),
	'trainer.assessments': z.string().meta({ description: 'Group of self-assessments to choose from.' }).optional(),
	'trainer.templates': z.string().meta({ description: 'Group of templates to choose from.' }).optional(),
	'trainer.chosen': z
		.string()
		.meta({ description: 'After a course name: how many of its items are chosen. Keep {{count}}.' })
		.optional(),
	'trainer.size': z
		.string()
		.meta({ description: 'Live size of the assignment code. Keep {{length}} and {{max}}.' })
		.optional(),
	'trainer.tooLong': z
		.string()
		.meta({ description: 'When the selection is too large. Keep {{length}} and {{max}}.' })
		.optional(),
	'trainer.submit': z.string().meta({ description: 'Button that creates the assignment.' }).optional(),
	'trainer.errorsTitle': z.string().meta({ description: 'Heading of the error summary.' }).optional(),
	'trainer.errTitle': z.string().meta({ description: 'Error: no title.' }).optional(),
	'trainer.errPassMark': z.string().meta({ description: 'Error: pass mark out of range.' }).optional(),
	'trainer.errItems': z.string().meta({ description: 'Error: nothing chosen.' }).optional(),
	'trainer.created': z.string().meta({ description: 'After creating an assignment.' }).optional(),
	'trainer.mine': z.string().meta({ description: "Heading of the trainer's assignments." }).optional(),
	'trainer.mineEmpty': z.string().meta({ description: "Empty state of the trainer's assignments." }).optional(),
	'trainer.createdOn': z.string().meta({ description: 'When an assignment was made. Keep {{date}}.' }).optional(),
	'trainer.reports': z
		.string()
		.meta({ description: 'Number of reports imported for an assignment. Keep {{count}}.' })
		.optional(),
	'trainer.open': z
		.string()
		.meta({ description: 'Button that opens an assignment (its hand-out and reports).' })
		.optional(),
	'trainer.delete': z
		.string()
		.meta({ description: 'Button that deletes an assignment and its reports from this device.' })
		.optional(),
	'trainer.deleteConfirm': z.string().meta({ description: 'Confirmation before deleting.' }).optional(),
	'trainer.deleted': z.string().meta({ description: 'After deleting.' }).optional(),
	'trainer.share': z.string().meta({ description: 'Heading of the ways to hand out an assignment.' }).optional(),
	'trainer.link': z.string().meta({ description: 'Label of the assignment link.' }).optional(),
	'trainer.copyLink': z.string().meta({ description: 'Button that copies the link.' }).optional(),
	'trainer.copied': z.string().meta({ description: 'After copying the link.' }).optional(),
	'trainer.showQr': z.string().meta({ description: 'Button that shows the QR code of the link.' }).optional(),
	'trainer.qrLabel': z.string().meta({ description: 'Accessible name of the assignment QR code.' }).optional(),
	'trainer.downloadFile': z.string().meta({ description: 'Button that saves the assignment as a file.' }).optional(),
	'trainer.print': z
		.string()
		.meta({ description: 'Button that prints a one-page handout with the QR code.' })
		.optional(),
	'trainer.handoutScan': z.string().meta({ description: 'On the printed handout, under the QR code.' }).optional(),
	'cohort.confirmHeading': z
		.string()
		.meta({ description: 'Heading of the step where the trainer confirms reports before they are stored.' })
		.optional(),
	'cohort.confirmAdd': z
		.string()
		.meta({
			description: 'One report waiting for confirmation. Keep {{name}} (the learner) and {{assignment}} (its title).',
		})
		.optional(),
	'cohort.confirmReplace': z
		.string()
		.meta({
			description:
				"A report waiting for confirmation that replaces the learner's row. Keep {{name}}, {{assignment}} and {{date}} (when the replaced report was made).",
		})
		.optional(),
	'cohort.confirmYes': z.string().meta({ description: 'Button that stores the reports shown.' }).optional(),
	'cohort.confirmNo': z.string().meta({ description: 'Button that stores nothing.' }).optional(),
	'cohort.cancelled': z.string().meta({ description: 'After the trainer chose not to add the reports.' }).optional(),
	'cohort.errFuture': z
		.string()
		.meta({ description: 'Refusal: the report claims to be made later than today. Keep {{date}}.' })
		.optional(),
	'assignment.errFuture': z
		.string()
		.meta({ description: 'Refusal: the assignment claims to be made later than today. Keep {{date}}.' })
		.optional(),
	'assignment.replaceHeading': z
		.string()
		.meta({ description: 'Heading when a link carries the code of a kept assignment with other content.' })
		.optional(),
	'assignment.replaceAsk': z
		.string()
		.meta({
			description:
				"The question under it. Keep {{kept}} and {{keptDue}} (the kept assignment's title and due date), {{title}} and {{due}} (the new one's).",
		})
		.optional(),
	'assignment.noDue': z
		.string()
		.meta({ description: 'In place of a due date, when an assignment has none.' })
		.optional(),
	'assignment.replaceKeep': z
		.string()
		.meta({ description: 'Button that keeps the assignment already on the device (the default).' })
		.optional(),
	'assignment.replaceYes': z
		.string()
		.meta({ description: 'Button that replaces the kept assignment with the new one.' })
		.optional(),
	'assignment.keptAsIs': z
		.string()
		.meta({ description: 'After the learner chose to keep the assignment they had.' })
		.optional(),
	'cohort.heading': z.string().meta({ description: 'Heading of the cohort view.' }).optional(),
	'cohort.intro': z.string().meta({ description: 'Explains importing reports.' }).optional(),
	'cohort.files': z.string().meta({ description: 'Label of the file picker for report files.' }).optional(),
	'cohort.paste': z.string().meta({ description: 'Label of the box for pasted report codes.' }).optional(),
	'cohort.import': z.string().meta({ description: 'Button that imports the reports.' }).optional(),
	'cohort.nothing': z.string().meta({ description: 'When Import is pressed with nothing to import.' }).optional(),
	'cohort.notSaved': z.string().meta({ description: 'When saving imported reports fails.' }).optional(),
	'cohort.result': z
		.string()
		.meta({ description: 'Outcome of an import. Keep {{added}}, {{replaced}}, {{unchanged}} and {{refused}}.' })
		.optional(),
	'cohort.codeNumber': z
		.string()
		.meta({ description: 'Names a pasted code in the list of refused reports. Keep {{n}}.' })
		.optional(),
	'cohort.errDamaged': z.string().meta({ description: 'Refusal: unreadable code.' }).optional(),
	'cohort.errTooLarge': z.string().meta({ description: 'Refusal: too large.' }).optional(),
	'cohort.errNotReport': z.string().meta({ description: 'Refusal: not a report.' }).optional(),
	'cohort.errIsAssignment': z
		.string()
		.meta({ description: 'Refusal: an assignment was pasted instead of a report.' })
		.optional(),
	'cohort.errNewer': z.string().meta({ description: 'Refusal: newer format. Keep {{version}}.' }).optional(),
	'cohort.errInvalid': z.string().meta({ description: 'Refusal: fails the checks. Keep {{field}}.' }).optional(),
	'cohort.errChecksum': z.string().meta({ description: 'Refusal: checksum mismatch.' }).optional(),
	'cohort.errWrongAssignment': z
		.string()
		.meta({ description: 'Refusal: report for another assignment. Keep {{title}}.' })
		.optional(),
	'cohort.empty': z.string().meta({ description: 'Empty state of the cohort table.' }).optional(),
	'cohort.caption': z.string().meta({ description: 'Caption of the cohort table. Keep {{title}}.' }).optional(),
	'cohort.learner': z.string().meta({ description: "Column: the learner's name." }).optional(),
	'cohort.reportedAt': z.string().meta({ description: 'Column: when the report was made.' }).optional(),
	'cohort.done': z.string().meta({ description: 'Column: how many items are done.' }).optional(),
	'cohort.overdue': z
		.string()
		.meta({ description: 'After the count of items done, when the due date has passed and items are missing.' })
		.optional(),
	'cohort.actions': z
		.string()
		.meta({ description: 'Hidden heading (read by screen readers) of the table column with the Remove buttons.' })
		.optional(),
	'cohort.remove': z
		.string()
		.meta({ description: "Button in a row of the cohort table: removes that learner's report from this device." })
		.optional(),
	'cohort.removeConfirm': z
		.string()
		.meta({ description: "Confirmation before removing a learner's report. Keep {{name}}." })
		.optional(),
	'cohort.removed': z.string().meta({ description: "After removing a learner's report. Keep {{name}}." }).optional(),
	'cohort.csv': z
		.string()
		.meta({ description: 'Button that saves the table as a CSV file for spreadsheets.' })
		.optional(),
	'cohort.print': z.string().meta({ description: 'Button that prints the table.' }).optional(),
	'cohort.questions': z
		.string()
		.meta({ description: 'Heading of the per-question statistics of a course quiz. Keep {{quiz}} (the course name).' })
		.optional(),
	'cohort.noAttempts': z.string().meta({ description: 'When no report has a quiz attempt.' }).optional(),
	'cohort.question': z.string().meta({ description: 'Column: the question.' }).optional(),
	'cohort.missed': z.string().meta({ description: 'Column: share of learners who missed the question.' }).optional(),
	'cohort.missedShare': z
		.string()
		.meta({
			description:
				'Learners who missed the question of those who answered it. Keep {{missed}}, {{answered}} and {{share}}.',
		})
		.optional(),
});

export type UiStringKey = keyof z.infer<typeof uiStrings>;
