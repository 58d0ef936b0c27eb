/** Public surface of the home feature. */
export { ProductIntro } from './components/product-intro';
export { GreetingCard } from './components/greeting-card';
export { TrainingForms } from './components/training-forms';
export { TeacherActions } from './components/teacher-actions';
