import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/built-site.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('html-validate finds no error', () => {
  it.each(builtPages().map((page) => [page.url, page.file] as const))('%s', async (_url, file) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(messages).toEqual([]);
  });
});
