using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SpecialtyTowns.Search.Analysis;

/// <summary>
/// Chinese text as overlapping character bigrams; other scripts as lower-cased words, unstemmed.
/// The index side also keeps every single character, so a one-character query (镇, 醋) finds
/// words the bigrams alone would hide. The query side leaves the single characters out: a
/// two-character query must match the bigram, not either of its characters.
/// </summary>
internal sealed class ChineseAnalyzer(bool outputUnigrams) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream, CJKScript.ALL, outputUnigrams);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
