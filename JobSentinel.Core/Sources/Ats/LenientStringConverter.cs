using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobSentinel.Core.Sources.Ats;

/// <summary>
/// Reads a string field the way boards actually send it: trimmed, empty as null, ids that arrive as
/// numbers (Greenhouse, Recruitee) as their digits, and an object or array where text belongs as null.
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return AtsText.Clean(reader.GetString());
            case JsonTokenType.Number:
                // The raw digits, so a 64-bit id never goes through a double.
                return Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
