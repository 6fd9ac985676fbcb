namespace EventPlatform.Ticketing.Questions;

public enum QuestionScope
{
    /// <summary>Asked once per order, of the buyer.</summary>
    Order,

    /// <summary>Asked for every attendee (ticket).</summary>
    Attendee,
}
