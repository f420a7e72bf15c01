// The components a facilitator guide may use without importing them: the lesson set plus the guide's own.
// Kept apart from the lesson map so lesson pages do not carry the guide components' CSS.
import { mdxComponents } from '../mdx';
import BranchMap from './BranchMap.astro';
import LessonLink from './LessonLink.astro';
import Objectives from './Objectives.astro';
import QuizKey from './QuizKey.astro';
import ScenarioDetails from './ScenarioDetails.astro';
import ScenarioList from './ScenarioList.astro';
import SiteLink from './SiteLink.astro';

export const guideComponents = { ...mdxComponents, BranchMap, LessonLink, Objectives, QuizKey, ScenarioDetails, ScenarioList, SiteLink };
