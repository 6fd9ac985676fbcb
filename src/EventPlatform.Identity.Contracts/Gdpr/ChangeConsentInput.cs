namespace EventPlatform.Identity.Gdpr;

/// <summary>Gives (<see cref="Granted"/> true) or withdraws a consent of kind <see cref="Kind"/> (one of <see cref="ConsentKinds"/>).</summary>
public sealed record ChangeConsentInput(string Kind, bool Granted);
