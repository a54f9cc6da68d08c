/**
 * The history layers of the corpus (corpus/history/, corpus/notes/): read with the rest of the
 * corpus by the one reader, checked against the register of documents and the anchors of the
 * texts, and assembled into the model. A name of a document or provision that does not exist
 * stops the build with its file and line.
 */
import { fileAt, type LineOf } from '../schemas/format-issues.ts';
import {
  articleHistorySchema,
  documentsSchema,
  eventsSchema,
  notesSchema,
  type ArticleHistory,
  type HistoryDocument,
  type HistoryEvent,
  type InterpretativeNote,
} from '../schemas/history.ts';
import { validateYaml } from './files.ts';

/** The file paths of the history layers, relative to corpus/. */
export const HISTORY_LAYOUT = [/^history\/(events|documents)\.yaml$/, /^history\/[a-z0-9-]+\/\d{2,3}\.yaml$/, /^notes\/[a-z0-9-]+\.yaml$/];

interface Read<T> {
  readonly file: string;
  readonly data: T;
  readonly lineOf: LineOf;
}

/** What the reader gathered of the history layers. */
export interface HistoryGathered {
  events?: Read<HistoryEvent[]>;
  documents?: Read<HistoryDocument[]>;
  articles: (Read<ArticleHistory> & { readonly instrument: string; readonly number: number })[];
  notes: (Read<InterpretativeNote[]> & { readonly instrument: string })[];
}

/** The history layers as the model holds them. */
export interface HistoryModel {
  /** Events, earliest first. */
  readonly events: readonly HistoryEvent[];
  /** Registered documents, in the order of the register. */
  readonly documents: readonly HistoryDocument[];
  /** Drafting histories, by "instrument#art_N". */
  readonly articles: Readonly<Record<string, ArticleHistory>>;
  /** Interpretative notes, by the place they interpret ("instrument#anchor"). */
  readonly notes: Readonly<Record<string, readonly InterpretativeNote[]>>;
}

/** True when `relative` is a file of the history layers. */
export function isHistoryFile(relative: string): boolean {
  return HISTORY_LAYOUT.some((pattern) => pattern.test(relative));
}

/** Reads one file of the history layers into `into`; problems go to `problems`. */
export function readHistoryFile(relative: string, file: string, text: string, into: HistoryGathered, problems: string[]): void {
  const parts = relative.split('/');
  if (relative === 'history/events.yaml') {
    const valid = validateYaml(eventsSchema, file, text, 1, problems);
    if (valid) into.events = { file, ...valid };
  } else if (relative === 'history/documents.yaml') {
    const valid = validateYaml(documentsSchema, file, text, 1, problems);
    if (valid) into.documents = { file, ...valid };
  } else if (parts[0] === 'notes') {
    const valid = validateYaml(notesSchema, file, text, 1, problems);
    if (valid) into.notes.push({ file, instrument: (parts[1] ?? '').replace(/\.yaml$/, ''), ...valid });
  } else {
    const valid = validateYaml(articleHistorySchema, file, text, 1, problems);
    const number = Number((parts[2] ?? '').replace(/\.yaml$/, ''));
    if (!valid) return;
    if (valid.data.article !== number) {
      problems.push(
        `${fileAt(file, valid.lineOf(['article']))}: field "article": the file name says article ${number}; found ${valid.data.article}`,
      );
      return;
    }
    into.articles.push({ file, instrument: parts[1] ?? '', number, ...valid });
  }
}

/**
 * Every document, provision and article the history layers name exists: documents in the
 * register, provisions among the published anchors (`exists("instrument#anchor")`).
 */
export function checkHistory(gathered: HistoryGathered, exists: (place: string) => boolean): string[] {
  const registered = new Set((gathered.documents?.data ?? []).map((document) => document.symbol));
  const registerFile = gathered.documents?.file ?? 'corpus/history/documents.yaml';
  const problems: string[] = [];
  const needDocument = (file: string, line: number | undefined, field: string, value: string): void => {
    if (!registered.has(value))
      problems.push(`${fileAt(file, line)}: field "${field}": no document "${value}" in the register (${registerFile})`);
  };
  const needProvision = (file: string, line: number | undefined, field: string, value: string): void => {
    if (!exists(value)) problems.push(`${fileAt(file, line)}: field "${field}": no provision "${value}" in the corpus`);
  };
  const seen = new Map<string, number>();
  gathered.documents?.data.forEach((document, index) => {
    const earlier = seen.get(document.symbol);
    if (earlier !== undefined)
      problems.push(
        `${fileAt(registerFile, gathered.documents?.lineOf([index, 'symbol']))}: field "${index}.symbol": "${document.symbol}" is registered twice (first as item ${earlier})`,
      );
    seen.set(document.symbol, index);
  });
  const events = gathered.events;
  const ids = new Set<string>();
  events?.data.forEach((event, index) => {
    if (ids.has(event.id))
      problems.push(`${fileAt(events.file, events.lineOf([index, 'id']))}: field "${index}.id": the event "${event.id}" is declared twice`);
    ids.add(event.id);
    event.documents.forEach((value, at) =>
      needDocument(events.file, events.lineOf([index, 'documents', at]), `${index}.documents.${at}`, value),
    );
    event.provisions.forEach((value, at) =>
      needProvision(events.file, events.lineOf([index, 'provisions', at]), `${index}.provisions.${at}`, value),
    );
  });
  for (const history of gathered.articles) {
    if (!exists(`${history.instrument}#art_${history.number}`))
      problems.push(`${history.file}:1: there is no article ${history.number} in "${history.instrument}" for this history to belong to`);
    history.data.negotiationTexts.forEach((text, at) =>
      needDocument(history.file, history.lineOf(['negotiationTexts', at, 'symbol']), `negotiationTexts.${at}.symbol`, text.symbol),
    );
  }
  for (const notes of gathered.notes) {
    notes.data.forEach((note, index) => {
      needDocument(notes.file, notes.lineOf([index, 'document']), `${index}.document`, note.document);
      needProvision(notes.file, notes.lineOf([index, 'provision']), `${index}.provision`, `${notes.instrument}#${note.provision}`);
    });
  }
  return problems;
}

/** The history layers of the model: events by date, histories and notes by the place they belong to. */
export function assembleHistory(gathered: HistoryGathered): HistoryModel {
  const start = (event: HistoryEvent): string => event.date ?? event.from ?? '';
  const notes: Record<string, InterpretativeNote[]> = {};
  for (const file of gathered.notes) {
    for (const note of file.data) (notes[`${file.instrument}#${note.provision}`] ??= []).push(note);
  }
  return {
    events: [...(gathered.events?.data ?? [])].sort((a, b) => start(a).localeCompare(start(b))),
    documents: gathered.documents?.data ?? [],
    articles: Object.fromEntries(gathered.articles.map((history) => [`${history.instrument}#art_${history.number}`, history.data])),
    notes,
  };
}
