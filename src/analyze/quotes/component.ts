// The quote component: direct quotes first (their cues are then spent), then questions put to
// someone ("Asked whether …"), indirect and mixed quotes from the remaining cues and reporting nouns
// ("Trump's claim that …"), then floating quotes; the boundary model then trims where indirect
// contents end (a pronoun object's at the pronoun, none with a closing ", however"), nested quotes are
// dropped, and speakers are resolved to entities.
import type { ArticleDocument } from '../document.js';
import type { Component } from '../pipeline.js';
import { findAsFrameQuotes } from './as-frame.js';
import { dropDemonstrativeSubjects } from './demonstrative-subject.js';
import { toQuotes } from './attribute.js';
import { boundContent } from './bounds.js';
import { QuoteContext } from './context.js';
import { joinContinuedQuotes } from './continuation.js';
import { setAsideWorkTitles } from './work-titles.js';
import { findDirectQuotes } from './direct.js';
import { findFloatingQuotes } from './floating-quotes.js';
import { findDrawnReactions } from './drew-criticism.js';
import { findHeadlineQuote, findHeadlineVerbQuote } from './headline.js';
import { findIndirectQuotes } from './indirect.js';
import { dropNested } from './nesting.js';
import { closeOpenBrackets } from './closing-brackets.js';
import { endPronounObjects } from './pronoun-object-end.js';
import { endObjectsBeforeOccasions } from './occasion-end.js';
import { findPrepositionalQuotes } from './prepositional.js';
import { endObjectsAtQuotedNames } from './object-end.js';
import { joinQuotedTails } from './quoted-tail.js';
import { dropClosingLinkingAdverbs } from './trailing-adverb.js';
import { findAskedQuestions } from './question-frame.js';
import { dropQuestions } from './question-clause.js';
import { dropCallsWithoutComplement } from './call-complement.js';
import { findReportingNounQuotes } from './reporting-nouns.js';
import { findSourcePhraseQuotes } from './source-phrase.js';
import { findViewpointQuotes } from './viewpoint.js';
import { findHearsayQuotes } from './hearsay-adverb.js';
import { findSelfDescriptions } from './self-description.js';
import { attributeQuotingFrames } from './quoted-as-saying.js';
import { attributeCarriers } from './carried-by.js';
import { findDeniedCharges } from './denied-charge.js';
import { dropAnonymityTerms } from './anonymity-terms.js';
import { dropCombatAsSpeech } from './combat-verbs.js';
import { splitFramesInsideMarks } from './frame-inside-marks.js';

/** The rules' candidates, before the boundary model trims them (the boundary model trains on these). */
export function proposeQuotes(doc: ArticleDocument): QuoteContext {
  const ctx = new QuoteContext(doc);
  setAsideWorkTitles(ctx);
  findDirectQuotes(ctx);
  findHeadlineQuote(ctx);
  findHeadlineVerbQuote(ctx);
  findPrepositionalQuotes(ctx);
  findAsFrameQuotes(ctx);
  findAskedQuestions(ctx);
  findDrawnReactions(ctx);
  findIndirectQuotes(ctx);
  findReportingNounQuotes(ctx);
  findSourcePhraseQuotes(ctx);
  findViewpointQuotes(ctx);
  findHearsayQuotes(ctx);
  findSelfDescriptions(ctx);
  findDeniedCharges(ctx);
  findFloatingQuotes(ctx);
  return ctx;
}

export function extractQuotes(doc: ArticleDocument): void {
  if (!doc.text || doc.tokens.length === 0) {
    doc.quotes = [];
    return;
  }
  const ctx = proposeQuotes(doc);
  splitFramesInsideMarks(ctx);
  attributeQuotingFrames(ctx);
  attributeCarriers(ctx);
  dropAnonymityTerms(ctx);
  dropDemonstrativeSubjects(ctx);
  dropCombatAsSpeech(ctx);
  dropQuestions(ctx);
  dropCallsWithoutComplement(ctx);
  boundContent(ctx);
  endPronounObjects(ctx);
  endObjectsBeforeOccasions(ctx);
  dropClosingLinkingAdverbs(ctx);
  endObjectsAtQuotedNames(ctx);
  joinQuotedTails(ctx);
  joinContinuedQuotes(ctx);
  dropNested(ctx);
  closeOpenBrackets(ctx);
  doc.quotes = toQuotes(ctx);
}

export const quoteExtractor: Component = {
  name: 'quotes',
  needs: ['tokens', 'sentences'],
  adds: ['quotes'],
  run(doc: ArticleDocument) {
    try {
      extractQuotes(doc);
    } catch (err) {
      // a bug on odd input must not cost the rest of the analysis
      doc.quotes = [];
      process.emitWarning(`quotes: ${(err as Error).message} in ${doc.id}`);
    }
  },
};
