// The ending screen's texts in one language as static JSON, fetched when a run ends.
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n';
import { debriefData, json, scenarioPaths } from './_data';

export const getStaticPaths = scenarioPaths;

export const GET: APIRoute = ({ params, props }) => json(debriefData(props.data, params.locale as Locale));
