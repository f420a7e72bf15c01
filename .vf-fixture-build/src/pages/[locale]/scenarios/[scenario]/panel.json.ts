// What the chat's panels show (tool results, profile cards) in one language as static JSON, fetched when a panel first opens.
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n';
import { json, panelData, scenarioPaths } from './_data';

export const getStaticPaths = scenarioPaths;

export const GET: APIRoute = ({ params, props }) => json(panelData(props.data, params.locale as Locale));
