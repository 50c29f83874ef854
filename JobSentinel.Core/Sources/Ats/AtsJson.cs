using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Ats;

/// <summary>
/// Reads ATS board answers: the envelope through <see cref="JsonDocument"/> (so a wrong shape gets a
/// readable message) and each posting into a small DTO on its own (so one odd posting costs only itself).
/// </summary>
internal static class AtsJson
{
    // Whitespace and a byte order mark that a misconfigured server left in the text.
    private static readonly SearchValues<char> LeadingNoise = SearchValues.Create(" \t\r\n\uFEFF");

    // Boards smaller than this are mapped on the calling thread: splitting them costs more than it saves.
    private const int ParallelFrom = 512;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>For boards whose fields are camelCase (Lever, Ashby, SmartRecruiters, Workday).</summary>
    public static JsonSerializerOptions CamelCase { get; } = Create(JsonNamingPolicy.CamelCase);

    /// <summary>For boards whose fields are snake_case (Greenhouse, Workable, Recruitee).</summary>
    public static JsonSerializerOptions SnakeCase { get; } = Create(JsonNamingPolicy.SnakeCaseLower);

    /// <summary>How error messages name the source, e.g. <c>Greenhouse board "acme"</c>.</summary>
    public static string Describe(string board, string noun, string? token) =>
        string.IsNullOrWhiteSpace(token) ? board : $"{board} {noun} \"{token.Trim()}\"";

    /// <summary>Parses a board's answer; an empty body, an HTML page or malformed JSON becomes a <see cref="SourceFormatException"/>.</summary>
    public static JsonDocument Parse(string? json, string source)
    {
        var text = (json ?? "").AsMemory();
        var start = text.Span.IndexOfAnyExcept(LeadingNoise);
        if (start < 0)
        {
            throw new SourceFormatException($"{source} answered with an empty body instead of JSON.");
        }

        // Block and challenge pages (Cloudflare, login walls) arrive with status 200.
        if (text.Span[start] == '<')
        {
            throw new SourceFormatException($"{source} answered with an HTML page instead of JSON.");
        }

        try
        {
            return JsonDocument.Parse(text[start..], DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new SourceFormatException($"{source} answered with malformed JSON: {exception.Message}", exception);
        }
    }

    /// <summary>The array under <paramref name="property"/> of the root object; an explicit null counts as empty.</summary>
    public static JsonElement RequireArray(JsonElement root, string property, string failureMessage)
    {
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty(property, out var value)
            && value.ValueKind is JsonValueKind.Array or JsonValueKind.Null)
        {
            return value;
        }

        throw new SourceFormatException(failureMessage);
    }

    /// <summary>The object under <paramref name="property"/>, else throws with <paramref name="failureMessage"/>.</summary>
    public static JsonElement RequireObject(JsonElement root, string property, string failureMessage)
    {
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty(property, out var value)
            && value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        throw new SourceFormatException(failureMessage);
    }

    /// <summary>An integer property that may arrive as a number or a numeric string.</summary>
    public static int? ReadInt(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }

    /// <summary>
    /// Maps every object of <paramref name="array"/>, in order; postings that do not deserialize or that the map
    /// rejects are skipped. Reading postings into DTOs is most of a parse, so large boards use every core
    /// (a <see cref="JsonDocument"/> is safe to read from several threads; the maps are pure).
    /// </summary>
    public static List<RawPosting> MapEach<TDto>(JsonElement array, JsonSerializerOptions options, Func<TDto, RawPosting?> map)
        where TDto : class
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var elements = array.EnumerateArray().ToArray();
        var mapped = new RawPosting?[elements.Length];
        if (elements.Length < ParallelFrom)
        {
            MapRange(0, elements.Length);
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, elements.Length, ParallelFrom / 2), range => MapRange(range.Item1, range.Item2));
        }

        var postings = new List<RawPosting>(mapped.Length);
        foreach (var posting in mapped)
        {
            if (posting is not null)
            {
                postings.Add(posting);
            }
        }

        return postings;

        void MapRange(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                mapped[i] = TryDeserialize<TDto>(elements[i], options) is { } dto ? map(dto) : null;
            }
        }
    }

    /// <summary>
    /// The postings of <paramref name="array"/> as <see cref="MapEach"/> gives them, mapped one batch at a time as
    /// the batches are read, on the reading thread. Takes over <paramref name="document"/> and disposes it when the
    /// batches have been read.
    /// </summary>
    public static PostingBatches MapInBatches<TDto>(JsonDocument document, JsonElement array, JsonSerializerOptions options, Func<TDto, RawPosting?> map)
        where TDto : class
    {
        var count = array.ValueKind == JsonValueKind.Array ? array.GetArrayLength() : 0;
        return new PostingBatches(count, Read());

        IEnumerable<RawPosting[]> Read()
        {
            using (document)
            {
                if (count == 0)
                {
                    yield break;
                }

                var batch = new List<RawPosting>(PostingBatches.BatchSize);
                foreach (var element in array.EnumerateArray())
                {
                    if (TryDeserialize<TDto>(element, options) is { } dto && map(dto) is { } posting)
                    {
                        batch.Add(posting);
                    }

                    if (batch.Count == PostingBatches.BatchSize)
                    {
                        yield return [.. batch];
                        batch.Clear();
                    }
                }

                if (batch.Count > 0)
                {
                    yield return [.. batch];
                }
            }
        }
    }

    /// <summary>The DTO of one posting, or null when it is not an object or its fields have impossible types.</summary>
    public static TDto? TryDeserialize<TDto>(JsonElement element, JsonSerializerOptions options)
        where TDto : class
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return element.Deserialize<TDto>(options);
        }
        catch (JsonException)
        {
            // One posting with e.g. an array where an object belongs must not cost the whole board.
            return null;
        }
    }

    private static JsonSerializerOptions Create(JsonNamingPolicy naming)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = naming,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            Converters =
            {
                new LenientStringConverter(),
                new LenientBooleanConverter(),
                new LenientDecimalConverter(),
                new LenientInt64Converter(),
            },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
