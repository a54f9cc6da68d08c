/** The scripts of a text page: the live Cite block and the answer to a link whose anchor is missing. */
import { answerMissingAnchor } from './missing-anchor.ts';
import './cite.ts';
import './previews.ts';

const box = document.querySelector<HTMLElement>('aside.cite');
const instrument = box?.dataset['instrument'] ?? '';
const pageEid = box?.dataset['pageEid'] ?? '';
const pageArticle = /^art_(\d+)$/.exec(pageEid)?.[1];
const answer = () => answerMissingAnchor(instrument, pageArticle === undefined ? undefined : Number(pageArticle));
answer();
addEventListener('hashchange', answer);
