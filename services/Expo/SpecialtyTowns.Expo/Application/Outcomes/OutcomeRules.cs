using SpecialtyTowns.Expo.Domain.Outcomes;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Outcomes;

/// <summary>What an outcome may say: a known next step, a rating of 1 to 5 for a held meeting only, a short note.</summary>
public static class OutcomeRules
{
    public const int MaxNoteLength = 1000;

    public const int MaxRating = 5;

    /// <exception cref="InvalidValueException">The first field that breaks a rule, named as the request spells it.</exception>
    public static void Ensure(RecordMeetingOutcomeCommand command)
    {
        if (!NextSteps.All.Contains(command.NextStep))
        {
            throw new InvalidValueException("next_step", $"must be one of {string.Join(", ", NextSteps.All)}");
        }

        if (command.Rating is { } rating && (rating < 1 || rating > MaxRating))
        {
            throw new InvalidValueException("rating", $"must be between 1 and {MaxRating}");
        }

        if (command.Rating is not null && !command.Held)
        {
            throw new InvalidValueException("rating", "a meeting that was not held is not rated");
        }

        if (command.Note?.Trim().Length > MaxNoteLength)
        {
            throw new InvalidValueException("note", $"is longer than {MaxNoteLength} characters");
        }
    }
}
