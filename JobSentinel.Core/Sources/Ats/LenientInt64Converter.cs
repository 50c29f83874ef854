using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobSentinel.Core.Sources.Ats;

/// <summary>Reads a whole number (an epoch timestamp) sent as a number, a float or numeric text; anything else is unknown.</summary>
internal sealed class LenientInt64Converter : JsonConverter<long?>
{
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var number))
                {
                    return number;
                }

                return reader.TryGetDouble(out var real) ? ToInt64(real) : null;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsedReal) ? ToInt64(parsedReal) : null;
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static long? ToInt64(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 9e18 ? (long)value : null;
}
