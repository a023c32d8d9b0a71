import { z } from 'zod';

const vietnamese = z.locales.vi().localeError;

/**
 * Zod's Vietnamese messages, with the one it gets wrong put right: a number that is not finite (`1e999` in a file
 * reads as Infinity) is "expected a number, received a number" in the locale; here it says what is wrong.
 */
export const vietnameseErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof issue.input === 'number')
    return 'Phải là một số hữu hạn: số ghi trong tệp quá lớn (ví dụ 1e999) hoặc không phải là số.';
  return vietnamese(issue);
};
