using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobSentinel.Core.Sources.Ats;

/// <summary>Reads a flag sent as a JSON boolean, as "true"/"false"/"yes"/"no" text or as 1/0; anything else is unknown.</summary>
internal sealed class LenientBooleanConverter : JsonConverter<bool?>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var number) ? number != 0 : null;
            case JsonTokenType.String:
                return Parse(reader.GetString());
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static bool? Parse(string? text)
    {
        var value = text.AsSpan().Trim();
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value is "1")
        {
            return true;
        }

        if (value.Equals("false", StringComparison.OrdinalIgnoreCase) || value.Equals("no", StringComparison.OrdinalIgnoreCase) || value is "0")
        {
            return false;
        }

        return null;
    }
}
