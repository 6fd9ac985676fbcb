namespace EventPlatform.Ticketing.Registrations;

public static class RegistrationConsts
{
    public const int MaxFilterLength = 200;

    public const int PageSize = 25;
}
