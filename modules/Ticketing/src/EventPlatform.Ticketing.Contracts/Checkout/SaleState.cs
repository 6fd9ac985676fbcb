namespace EventPlatform.Ticketing.Checkout;

public enum SaleState
{
    OnSale,
    SoldOut,
    NotYetOnSale,
    SaleEnded,
}
