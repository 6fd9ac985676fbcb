namespace EventPlatform.Ticketing.Questions;

public enum QuestionType
{
    Text,
    Choice,
    Checkbox,
    Date,
    File,
}
