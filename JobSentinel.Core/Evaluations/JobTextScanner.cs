using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using JobSentinel.Core.Resumes;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Reads a job description in one pass, line by line: which section each line belongs to (from headings such
/// as "Requirements", "Nice to have", "Benefits"), the skills and terms on it, years and degree asked for.
/// Allocates little per line so that thousands of postings can be ranked in well under a second.
/// </summary>
internal sealed partial class JobTextScanner
{
    // Checked in order, so "preferred qualifications" is preferred before "qualifications" makes it required.
    private static readonly (string Phrase, LineRole Role)[] Headings =
    [
        ("nice to have", LineRole.Preferred), ("nice-to-have", LineRole.Preferred), ("preferred", LineRole.Preferred),
        ("bonus", LineRole.Preferred), ("a plus", LineRole.Preferred), ("pluses", LineRole.Preferred),
        ("about the role", LineRole.Body), ("about the job", LineRole.Body), ("about you", LineRole.Required),
        ("about", LineRole.Blurb), ("who we are", LineRole.Blurb), ("our mission", LineRole.Blurb),
        ("benefits", LineRole.Blurb), ("perks", LineRole.Blurb), ("what we offer", LineRole.Blurb),
        ("why join", LineRole.Blurb), ("how to apply", LineRole.Blurb), ("equal opportunity", LineRole.Blurb),
        ("compensation", LineRole.Blurb), ("salary", LineRole.Blurb), ("life at", LineRole.Blurb),
        ("requirements", LineRole.Required), ("required", LineRole.Required), ("what you need", LineRole.Required),
        ("what you'll need", LineRole.Required), ("what you will need", LineRole.Required), ("must have", LineRole.Required),
        ("must-have", LineRole.Required), ("qualifications", LineRole.Required), ("you have", LineRole.Required),
        ("what you bring", LineRole.Required), ("who you are", LineRole.Required), ("what we're looking for", LineRole.Required),
        ("what we are looking for", LineRole.Required), ("your profile", LineRole.Required), ("skills", LineRole.Required),
        ("responsibilities", LineRole.Body), ("job description", LineRole.Body), ("what you'll do", LineRole.Body),
        ("what you will do", LineRole.Body), ("the role", LineRole.Body), ("your role", LineRole.Body),
        ("duties", LineRole.Body), ("overview", LineRole.Body), ("description", LineRole.Body),
    ];

    private static readonly string[] PreferredMarkers = ["preferred", "a plus", "nice to have", "nice-to-have", "bonus"];

    // Where a list of alternatives starts: "frameworks such as React, Vue, or Angular".
    private static readonly string[] AlternativeMarkers = [" such as ", " like ", "e.g", "for example", "one of", "("];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearTokens =
        FrozenSet.ToFrozenSet(["year", "years", "yrs"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EducationTokens = FrozenSet.ToFrozenSet(
    [
        "degree", "degrees", "bachelor", "bachelors", "master", "masters", "phd", "ph.d", "doctorate", "doctoral",
        "bs", "ms", "ba", "bsc", "msc", "mba", "meng", "beng", "b.tech", "m.tech", "associate", "ged", "school",
        "undergraduate", "diploma",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly TermDictionary _terms;
    private readonly SkillMatcher _skills;

    // Everything a token means, looked up once per token: term id, skills starting with it, year/degree word.
    private readonly ConcurrentDictionary<string, TokenInfo> _tokenInfo = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenInfo>.AlternateLookup<ReadOnlySpan<char>> _tokenInfoSpan;

    // A skill's pseudo-term id, so that a mention costs no string.
    private readonly ConcurrentDictionary<Skills.Skill, int> _skillTermIds = new(ReferenceEqualityComparer.Instance);

    [ThreadStatic]
    private static char[]? t_folded;

    [ThreadStatic]
    private static LineToken[]? t_tokens;

    [ThreadStatic]
    private static TermTally? t_tally;

    [ThreadStatic]
    private static List<(JobSkill Skill, int Offset)>? t_lineSkills;

    // The skills of the description being scanned, by skill and in order of first mention.
    [ThreadStatic]
    private static Dictionary<Skills.Skill, JobSkill>? t_skillsFound;

    [ThreadStatic]
    private static List<JobSkill>? t_skillOrder;

    [ThreadStatic]
    private static List<JobSkill>? t_alternatives;

    public JobTextScanner(TermDictionary terms, SkillMatcher skills)
    {
        _terms = terms;
        _skills = skills;
        _tokenInfoSpan = _tokenInfo.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public ScannedJob Scan(string text, string? title, bool keepSurfaces)
    {
        var job = new ScannedJob { Surfaces = keepSurfaces ? [] : null };
        var tally = t_tally ??= new TermTally();
        tally.Clear();
        (t_skillsFound ??= new(ReferenceEqualityComparer.Instance)).Clear();
        (t_skillOrder ??= []).Clear();
        if (!string.IsNullOrWhiteSpace(title))
        {
            // A title names what the job is about: its words count twice, and a skill in it is required.
            ScanLine(job, tally, title.AsSpan().Trim(), LineRole.Required, LineRole.Required, weight: 2);
        }

        var section = LineRole.Body;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (HeadingRole(line) is { } heading)
            {
                section = heading;
                job.HasRequiredSection |= heading == LineRole.Required;
                continue;
            }

            ScanLine(job, tally, line, section, section, weight: 1);
        }

        job.Terms = tally.Drain();
        job.Skills = [.. t_skillOrder];
        return job;
    }

    /// <summary>Adds the terms of every line of <paramref name="text"/> (a resume: no sections, no skills) to <paramref name="counts"/>.</summary>
    public void CountTerms(string text, Dictionary<int, int> counts)
    {
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            var folded = Buffer(ref t_folded, line.Length);
            line.ToLowerInvariant(folded);
            var tokenCount = Tokenize(line, ref t_tokens);
            foreach (var token in t_tokens!.AsSpan(0, tokenCount))
            {
                var id = _terms.IdOfToken(folded.AsSpan(token.Start, token.Length));
                if (id != TermDictionary.NoTerm)
                {
                    Add(counts, id, 1);
                }
            }
        }
    }

    private void ScanLine(ScannedJob job, TermTally tally, ReadOnlySpan<char> line, LineRole role, LineRole section, int weight)
    {
        var folded = Buffer(ref t_folded, line.Length);
        line.ToLowerInvariant(folded);
        var lower = folded.AsSpan(0, line.Length);
        if (role is LineRole.Body or LineRole.Required && ContainsAny(lower, PreferredMarkers))
        {
            role = LineRole.Preferred;
        }

        var tokenCount = Tokenize(line, ref t_tokens);
        var tokens = t_tokens!.AsSpan(0, tokenCount);
        job.TokenCount += tokenCount;

        var counted = role != LineRole.Blurb;
        var yearsMentioned = false;
        var degreeMentioned = false;
        var lineSkills = t_lineSkills ??= [];
        lineSkills.Clear();
        var skillEnd = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var word = lower.Slice(token.Start, token.Length);
            var info = InfoOf(word);
            if (i >= skillEnd && info.Skills is { } patterns && SkillMatcher.MatchAt(patterns, lower, line, tokens, i) is ({ } skill, var length))
            {
                skillEnd = i + length;
                var found = AddSkill(skill, role);
                lineSkills.Add((found, token.Start));
                if (counted)
                {
                    tally.Add(SkillTermId(skill), weight, keyword: false);
                }
            }

            yearsMentioned |= info.Year;
            degreeMentioned |= info.Degree;
            if (!counted)
            {
                continue;
            }

            var id = info.TermId;
            if (id == TermDictionary.NoTerm)
            {
                continue;
            }

            var keyword = i >= skillEnd;
            tally.Add(id, weight, keyword);
            if (keyword)
            {
                job.Surfaces?.TryAdd(id, word.ToString());
            }
        }

        if (lineSkills.Count > 0)
        {
            NoteAlternatives(job, lower, lineSkills);
        }

        if (counted && yearsMentioned)
        {
            NoteYears(job, line.ToString());
        }

        // A degree under "Nice to have" is no requirement; "Bachelor's (MBA preferred)" still asks for the bachelor's.
        if (counted && degreeMentioned && section != LineRole.Preferred)
        {
            NoteEducation(job, line.ToString());
        }
    }

    private TokenInfo InfoOf(ReadOnlySpan<char> word)
    {
        if (_tokenInfoSpan.TryGetValue(word, out var info))
        {
            return info;
        }

        info = new TokenInfo(_terms.IdOfToken(word), _skills.StartingWith(word), YearTokens.Contains(word), EducationTokens.Contains(word));
        _tokenInfo.TryAdd(word.ToString(), info);
        return info;
    }

    private int SkillTermId(Skills.Skill skill) =>
        _skillTermIds.GetOrAdd(skill, static (s, terms) => terms.IdOfTerm(TermDictionary.SkillTerm(s.Name)), _terms);

    private static JobSkill AddSkill(Skills.Skill skill, LineRole role)
    {
        if (!t_skillsFound!.TryGetValue(skill, out var found))
        {
            found = new JobSkill(skill, role);
            t_skillsFound.Add(skill, found);
            t_skillOrder!.Add(found);
        }
        else if (role < found.Role)
        {
            found.Role = role;
        }

        found.Mentions++;
        return found;
    }

    private static void NoteAlternatives(ScannedJob job, ReadOnlySpan<char> lower, List<(JobSkill Skill, int Offset)> lineSkills)
    {
        var marker = int.MaxValue;
        foreach (var m in AlternativeMarkers)
        {
            var at = lower.IndexOf(m, StringComparison.Ordinal);
            marker = at >= 0 ? Math.Min(marker, at) : marker;
        }

        if (marker == int.MaxValue && lower.Contains(" or ", StringComparison.Ordinal))
        {
            marker = 0;
        }

        // The distinct skills after the marker are alternatives when there are at least two of them.
        var members = t_alternatives ??= [];
        members.Clear();
        foreach (var (skill, offset) in lineSkills)
        {
            if (offset > marker && !members.Contains(skill))
            {
                members.Add(skill);
            }
        }

        if (members.Count < 2)
        {
            members.Clear();
        }

        foreach (var (skill, _) in lineSkills)
        {
            skill.OnlyAsAlternative &= members.Contains(skill);
        }

        if (members.Count >= 2)
        {
            var names = new string[members.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = members[i].Skill.Name;
            }

            job.Alternatives.Add(names);
        }
    }

    private static void NoteYears(ScannedJob job, string line)
    {
        foreach (Match match in YearsPattern().Matches(line))
        {
            var years = double.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
            // Of several statements the largest is the job's bar ("5+ years overall, 2+ with React").
            if (years is > 0 and <= 30 && (job.YearsRequired is null || years > job.YearsRequired))
            {
                job.YearsRequired = years;
            }
        }
    }

    private static void NoteEducation(ScannedJob job, string line)
    {
        // "Bachelor's degree (MBA preferred)": the preferred part raises nothing.
        var text = PreferredAside().Replace(line, " ");
        if (ContainsAny(text.ToLowerInvariant(), PreferredMarkers))
        {
            return;
        }

        EducationLevel? level = null;
        foreach (var (pattern, candidate) in EducationPatterns)
        {
            if (pattern.IsMatch(text) && (level is null || candidate < level))
            {
                level = candidate;
            }
        }

        level ??= GenericDegree().IsMatch(text) ? EducationLevel.Bachelor : null;
        if (level is { } found && (job.EducationRequired is null || found < job.EducationRequired))
        {
            job.EducationRequired = found;
        }
    }

    private static readonly (Regex Pattern, EducationLevel Level)[] EducationPatterns =
    [
        (Doctorate(), EducationLevel.Doctorate),
        (Master(), EducationLevel.Master),
        (Bachelor(), EducationLevel.Bachelor),
        (Associate(), EducationLevel.Associate),
        (HighSchool(), EducationLevel.HighSchool),
    ];

    private static LineRole? HeadingRole(ReadOnlySpan<char> line)
    {
        // Headings are short, unpunctuated and not bullets; most lines fail here before any work.
        if (line.Length > 40 || line[0] is '•' or '-' or '*' or '·' or '◦' or '▪' or '–' || line.Count(' ') > 4
            || line.ContainsAny('.', ','))
        {
            return null;
        }

        Span<char> text = stackalloc char[line.Length];
        line.ToLowerInvariant(text);
        text.Replace('’', '\'');
        ReadOnlySpan<char> heading = text.TrimEnd(": ");
        foreach (var (phrase, role) in Headings)
        {
            if (heading.StartsWith(phrase, StringComparison.Ordinal) || heading.EndsWith(phrase, StringComparison.Ordinal))
            {
                return role;
            }
        }

        return null;
    }

    // Expects lower-case text.
    private static bool ContainsAny(ReadOnlySpan<char> line, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (line.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The rules of SkillText.TokenizeWithCase, over a span, into a reused buffer.
    private static int Tokenize(ReadOnlySpan<char> text, ref LineToken[]? buffer)
    {
        buffer ??= new LineToken[64];
        var count = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inToken = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '#' or '+'
                || (text[i] == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                    && (start >= 0 || i == 0 || !char.IsLetterOrDigit(text[i - 1]))));
            if (inToken)
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                if (count == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                buffer[count++] = new LineToken(start, i - start);
                start = -1;
            }
        }

        return count;
    }

    private static char[] Buffer(ref char[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length)
        {
            buffer = new char[Math.Max(length, 256)];
        }

        return buffer;
    }

    private static void Add(Dictionary<int, int> counts, int id, int weight)
    {
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, id, out _) += weight;
    }

    private readonly record struct TokenInfo(int TermId, SkillMatcher.Pattern[]? Skills, bool Year, bool Degree);

    [GeneratedRegex(@"(?<![\d.])(?<min>\d{1,2})(?:\.\d)?\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b(?!\s+(?:old|ago))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsPattern();

    [GeneratedRegex(@"\([^)]*(?:prefer|plus|bonus)[^)]*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreferredAside();

    [GeneratedRegex(@"\b(?:ph\.?\s?d|doctorate|doctoral)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Doctorate();

    [GeneratedRegex(@"(?i:\bmasters\b|\bmaster(?:'s|’s)?\s+(?:degree|of|in)\b)|\b(?:MS|M\.S\.?|MSc|MBA|MEng|M\.Tech)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Master();

    [GeneratedRegex(@"(?i:\bbachelor|\bundergraduate\s+degree)|\b(?:BS|B\.S\.?|BSc|BA|B\.A\.?|BEng|B\.Tech|B\.E\.?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Bachelor();

    [GeneratedRegex(@"\bassociate(?:'s|’s)?\s+degree\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Associate();

    [GeneratedRegex(@"\b(?:high\s+school|GED|secondary\s+school)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HighSchool();

    [GeneratedRegex(@"\bdegree\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericDegree();
}
