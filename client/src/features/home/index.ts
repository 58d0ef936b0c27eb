/** Public surface of the home feature. */
export { ProductIntro } from './components/product-intro';
export { GreetingCard } from './components/greeting-card';
export { TrainingForms } from './components/training-forms';
export { TeacherActions, openPage, RECORD_ENTRY_URL, MY_RECORDS_URL, PROGRESS_DETAIL_URL } from './components/teacher-actions';
