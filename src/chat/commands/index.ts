import type { Command } from '../command.ts';
import { bankCommand } from './bank.ts';
import { cvCommand, jdCommand, panelCommand } from './documents.ts';
import { cohortCommand, dailyCommand, dropCommand, feedbackCommand, instructorCommand, usageCommand } from './drops.ts';
import { cancelCommand, forgetCommand } from './forget.ts';
import { helpCommand } from './help.ts';
import { hintCommand, mockCommand, practiceCommand, skipCommand, statsCommand, timezoneCommand } from './practice.ts';
import { privacyCommand } from './privacy.ts';
import { reportCommand } from './report.ts';
import { statusCommand } from './status.ts';

/**
 * The one command registry. The router, /prep help, Slack's manifest and Discord's
 * command JSON are all derived from this list (tests fail when they disagree).
 */
export const COMMANDS: readonly Command[] = [
  helpCommand(() => COMMANDS),
  cvCommand,
  jdCommand,
  panelCommand,
  reportCommand,
  practiceCommand,
  hintCommand,
  skipCommand,
  mockCommand,
  statsCommand,
  bankCommand,
  timezoneCommand,
  dropCommand,
  instructorCommand,
  cohortCommand,
  dailyCommand,
  feedbackCommand,
  usageCommand,
  statusCommand,
  privacyCommand,
  forgetCommand,
  cancelCommand,
] as Command[];
