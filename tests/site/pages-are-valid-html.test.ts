import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/built-site.ts';

// An article page's title carries the article's own heading, as readers find the page in tabs, bookmarks
// and history; the longest (Organized Crime Convention art. 30) runs to about 150 characters.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': ['error', { maxlength: 160 }] } });

describe('html-validate finds no error', () => {
  it.each(builtPages().map((page) => [page.url, page.file] as const))('%s', async (_url, file) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(messages).toEqual([]);
  });
});
