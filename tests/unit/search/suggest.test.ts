import { describe, expect, it } from 'vitest';
import { closestWords, editDistance, suggestQueries } from '../../../src/browser/search/suggest.ts';
import { articleBodyWords, buildVocabulary, htmlWords } from '../../../src/integrations/search/vocabulary.ts';

const vocabulary = buildVocabulary(['A ceasefire, a ceasefire and ceasefires.', 'Talks on the ceasefire in Istanbul; Zelenskyy’s ceasefire plan.', 'cease the fire']).words;

describe('vocabulary', () => {
  it('keeps words of four letters or more, most frequent first, without possessive endings', () => {
    expect(vocabulary).toEqual(['ceasefire', 'cease', 'ceasefires', 'fire', 'istanbul', 'plan', 'talks', 'zelenskyy']);
  });

  it('is bounded', () => {
    expect(buildVocabulary(['alpha beta gamma delta alpha'], 2).words).toEqual(['alpha', 'beta']);
  });

  it('reads an article body without the buttons and details after its marks', () => {
    const page = '<nav>Methodology</nav><div class="article-body"><p><q id="q-1">Ceasefire now</q><span class="ann-ref"><button>Details of quote q1</button><span popover=""><span>said 1 May</span><a href="#note-q-1">card</a></span></span> said Kyiv.</p></div><section>Annotations</section>';
    expect(buildVocabulary([articleBodyWords(page)]).words).toEqual(['ceasefire', 'kyiv', 'said']);
  });

  it('reads the words of a page, not its markup', () => {
    expect(buildVocabulary([htmlWords('<p class="lead">Ceasefire&nbsp;talks</p><script>const ignored = 1</script>')]).words).toEqual(['ceasefire', 'talks']);
  });
});

describe('did you mean', () => {
  it('counts a transposition as one edit and gives up past the limit', () => {
    expect(editDistance('ceasfire', 'ceasefire', 2)).toBe(1);
    expect(editDistance('tlaks', 'talks', 2)).toBe(1);
    expect(editDistance('putin', 'istanbul', 2)).toBe(3);
  });

  it('suggests the closest known spelling, the most frequent first', () => {
    expect(closestWords('ceasfire', vocabulary)).toEqual(['ceasefire', 'ceasefires']);
    expect(suggestQueries('ceasfire', vocabulary)).toEqual(['ceasefire', 'ceasefires']);
  });

  it('keeps the known words of the query and replaces the unknown one', () => {
    expect(suggestQueries('ceasfire talks', vocabulary)).toEqual(['ceasefire talks', 'ceasefires talks']);
  });

  it('offers nothing when every word is known or none is close', () => {
    expect(suggestQueries('ceasefire', vocabulary)).toEqual([]);
    expect(suggestQueries('xylophone', vocabulary)).toEqual([]);
  });
});
