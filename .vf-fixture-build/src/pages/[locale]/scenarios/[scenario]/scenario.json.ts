// The scenario in one language as static JSON, fetched by the chat island when the page opens (keeps the HTML small).
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n';
import { json, playData, scenarioPaths } from './_data';

export const getStaticPaths = scenarioPaths;

export const GET: APIRoute = ({ params, props }) => json(playData(props.data, params.locale as Locale));
