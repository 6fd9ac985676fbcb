namespace EventPlatform.Ticketing.Questions;

public static class QuestionConsts
{
    public const int MaxLabelLength = 200;
    public const int MaxHelpLength = 500;
    public const int MaxOptions = 50;
    public const int MaxOptionLength = 100;
    public const int MaxTextAnswerLength = 2000;
    public const int MaxFileBytes = 10 * 1024 * 1024;
}
