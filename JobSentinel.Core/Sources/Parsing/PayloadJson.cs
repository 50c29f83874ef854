using System.Globalization;
using System.Text.Json;

namespace JobSentinel.Core.Sources.Parsing;

/// <summary>
/// Tolerant reads over a board's JSON: boards send ids and amounts as numbers one day and strings
/// the next, and send null where an array is expected, so every accessor accepts both.
/// </summary>
internal static class PayloadJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    // What an absent or null list reads as, so callers enumerate without null checks.
    private static readonly JsonElement EmptyArray = JsonElement.Parse("[]");

    /// <summary>Parses a board's answer; an empty body, an HTML page or broken JSON becomes a <see cref="SourceFormatException"/>.</summary>
    public static JsonDocument Parse(string? json, string board)
    {
        // A BOM or leading whitespace is harmless but trips the UTF-8 reader, so it is skipped here.
        var start = 0;
        while (json is not null && start < json.Length && (char.IsWhiteSpace(json[start]) || json[start] == '\uFEFF'))
        {
            start++;
        }

        if (json is null || start == json.Length)
        {
            throw new SourceFormatException($"{board} answered with an empty body instead of JSON.");
        }

        if (json[start] == '<')
        {
            throw new SourceFormatException(
                $"{board} answered with an HTML page instead of JSON (a Cloudflare challenge or an error page).");
        }

        try
        {
            return JsonDocument.Parse(json.AsMemory(start), Options);
        }
        catch (JsonException exception)
        {
            throw new SourceFormatException($"{board} answered with malformed JSON: {exception.Message}", exception);
        }
    }

    /// <summary>The root as an object, else a <see cref="SourceFormatException"/> naming what arrived instead.</summary>
    public static JsonElement RequireObject(JsonElement element, string board, string what) =>
        element.ValueKind == JsonValueKind.Object
            ? element
            : throw WrongShape(board, what, "an object", element.ValueKind);

    public static JsonElement RequireArray(JsonElement element, string board, string what) =>
        element.ValueKind == JsonValueKind.Array
            ? element
            : throw WrongShape(board, what, "an array", element.ValueKind);

    /// <summary>
    /// The array held by a required envelope property: absent is the wrong shape (an error object),
    /// null is an empty list, anything else but an array is the wrong shape.
    /// </summary>
    public static JsonElement.ArrayEnumerator RequireArrayProperty(JsonElement envelope, string name, string board)
    {
        if (!envelope.TryGetProperty(name, out var value))
        {
            throw new SourceFormatException($"{board} answered without the '{name}' list its API returns.");
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray(),
            JsonValueKind.Null => EmptyArray.EnumerateArray(),
            _ => throw WrongShape(board, $"'{name}'", "an array", value.ValueKind),
        };
    }

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    /// <summary>The elements of an array property; absent, null or not an array reads as empty.</summary>
    public static JsonElement.ArrayEnumerator Array(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : EmptyArray.EnumerateArray();

    /// <summary>A trimmed string (numbers kept as written); empty, null or absent is null.</summary>
    public static string? String(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? AsString(value)
            : null;

    public static string? AsString(this JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => PayloadText.Clean(value.GetString()),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    public static long? Int64(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt64(out var whole) ? whole
                : value.TryGetDouble(out var real) ? (long)real
                : null;
        }

        return value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : null;
    }

    public static decimal? Decimal(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetDecimal(out var number) ? number : null;
        }

        return value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : null;
    }

    public static bool? Boolean(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString()?.Trim(), out var parsed) => parsed,
            JsonValueKind.Number when value.TryGetInt32(out var number) => number != 0,
            _ => null,
        };
    }

    /// <summary>Adds the non-empty strings of an array property (a lone string counts as one) to <paramref name="into"/>.</summary>
    public static void AddStrings(this JsonElement element, string name, List<string> into)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            PayloadText.AddDistinct(into, value.AsString());
            return;
        }

        foreach (var item in value.EnumerateArray())
        {
            PayloadText.AddDistinct(into, item.AsString());
        }
    }

    private static SourceFormatException WrongShape(string board, string what, string expected, JsonValueKind actual) =>
        new($"{board} answered with {Describe(actual)} where {what} should be {expected}.");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
