using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace SpecialtyTowns.ServiceDefaults.Validation;

/// <summary>
/// Applies <see cref="TextRule"/> to every string of a protobuf message, found through its
/// descriptor: nested messages, repeated fields and map keys and values. Paths are written as
/// handlers write them (<c>contacts.values[0].name</c>, <c>labels[key]</c>).
/// </summary>
public static class MessageText
{
    public static IReadOnlyList<FieldViolation> Check(IMessage message)
    {
        var violations = new List<FieldViolation>();
        CheckMessage(message, string.Empty, violations);
        return violations;
    }

    private static void CheckMessage(IMessage message, string prefix, List<FieldViolation> violations)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var path = prefix + field.Name;
            var value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                CheckMap(field, (IDictionary)value, path, violations);
            }
            else if (field.IsRepeated)
            {
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    CheckValue(field, item, $"{path}[{index}]", violations);
                    index++;
                }
            }
            else
            {
                CheckValue(field, value, path, violations);
            }
        }
    }

    private static void CheckMap(FieldDescriptor field, IDictionary map, string path, List<FieldViolation> violations)
    {
        var valueField = field.MessageType.FindFieldByNumber(2);
        foreach (DictionaryEntry entry in map)
        {
            var keyProblem = entry.Key is string key ? TextRule.Check(key, multiLine: false) : null;
            if (keyProblem is not null)
            {
                // The key cannot name the entry when it is itself the bad text.
                violations.Add(new FieldViolation(path, "has a key that " + keyProblem));
                continue;
            }

            CheckValue(valueField, entry.Value, $"{path}[{entry.Key}]", violations, TextFields.IsMultiLine(field.Name));
        }
    }

    private static void CheckValue(FieldDescriptor field, object? value, string path, List<FieldViolation> violations, bool? multiLine = null)
    {
        switch (value)
        {
            case string text when TextRule.Check(text, multiLine ?? TextFields.IsMultiLine(field.Name)) is { } problem:
                violations.Add(new FieldViolation(path, problem));
                break;
            case IMessage nested:
                CheckMessage(nested, path + ".", violations);
                break;
        }
    }
}
