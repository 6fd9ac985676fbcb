using System.Globalization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Questions;

namespace EventPlatform.Ticketing.Orders;

/// <summary>Checks answers against the event's questions: required ones present, choices among the options, dates real dates.</summary>
public static class AnswerChecker
{
    /// <summary>The answers to keep (with their labels), in question order; throws 422 naming the first question that is wrong.</summary>
    public static List<Answer> Check(IEnumerable<Question> questions, IReadOnlyList<AnswerInput>? answers)
    {
        var given = (answers ?? []).GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => g.Last().Value?.Trim());
        var kept = new List<Answer>();
        foreach (var question in questions.OrderBy(q => q.SortOrder))
        {
            var value = given.GetValueOrDefault(question.Id);
            if (string.IsNullOrEmpty(value) || (question.Type == QuestionType.Checkbox && value == "false" && question.IsRequired))
            {
                if (question.IsRequired) throw Error(TicketingErrorCodes.AnswerRequired, question);
                continue;
            }

            if (!IsValid(question, value)) throw Error(TicketingErrorCodes.AnswerInvalid, question);
            kept.Add(new Answer(question.Id, question.Label, value));
        }

        return kept;
    }

    private static bool IsValid(Question question, string value) => question.Type switch
    {
        QuestionType.Text => value.Length <= QuestionConsts.MaxTextAnswerLength,
        QuestionType.Choice => question.Options.Contains(value),
        QuestionType.Checkbox => value is "true" or "false",
        QuestionType.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        QuestionType.File => value.Length <= 200 && !value.Contains(".."),
        _ => false,
    };

    private static BusinessException Error(string code, Question question) =>
        new BusinessException(code, 422).WithData("question", question.Label).WithData("questionId", question.Id);
}
