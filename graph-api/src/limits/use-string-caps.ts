// Caps the length of every string argument, in one place for the whole schema (limits-config.ts STRING_LIMITS),
// and refuses text that is not well-formed Unicode: BAD_USER_INPUT naming the argument, before any resolver runs.
// Arguments with tighter rules (names, search text, ids) check those in the resolvers' validation.
import type { Plugin } from 'graphql-yoga';
import { badUserInput } from '../errors/app-errors.ts';
import { STRING_LIMITS } from './limits-config.ts';
import { findBadString } from './bad-string.ts';

export function useStringCaps(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const bad = findBadString(args.schema, args.document, args.variableValues, STRING_LIMITS);
      if (bad) setResultAndStopExecution({ data: null, errors: [badUserInput(bad.argument, bad.problem)] });
    },
  };
}
