//! Payment products and payment product types (`payex.creditcard`, ...).

use crate::model::open_enum::open_enum;

open_enum! {
    /// A payment product type: `<payment product>.<product>`, e.g. `payex.creditcard`.
    ///
    /// Lists the values of the 2024 spec plus the product types of every configuration block in
    /// Dintero's 2026 session example; other values are kept as they are.
    ts: open,
    pub enum PaymentProductType {
        /// Bambora Apple Pay.
        BamboraApplePay = "bambora.applepay",
        /// Bambora card.
        BamboraCreditcard = "bambora.creditcard",
        /// Bambora Google Pay.
        BamboraGooglePay = "bambora.googlepay",
        /// Bambora MobilePay.
        BamboraMobilePay = "bambora.mobilepay",
        /// Bambora Vipps.
        BamboraVipps = "bambora.vipps",
        /// Collector Bank finance.
        CollectorFinance = "collector.finance",
        /// Collector Bank invoice.
        CollectorInvoice = "collector.invoice",
        /// Collector Bank B2B invoice.
        CollectorInvoiceB2b = "collector.invoice_b2b",
        /// Collector Bank invoice for pre-approved B2B customers.
        CollectorInvoiceB2bPreapproved = "collector.invoice_b2b_preapproved",
        /// Collector Bank installment.
        CollectorInstallment = "collector.installment",
        /// Collector Bank installment for pre-approved B2B customers.
        CollectorInstallmentB2bPreapproved = "collector.installment_b2b_preapproved",
        /// A payment handled outside Dintero (configuration `dintero.external`).
        DinteroExternal = "dintero.external",
        /// Dintero Wallets gift card.
        DinteroWallets = "dintero.wallets",
        /// Zero-amount session.
        DinteroZero = "dintero.zero",
        /// Dintero PSP Apple Pay.
        DinteroPspApplePay = "dintero_psp.applepay",
        /// Dintero PSP Click to Pay.
        DinteroPspClickToPay = "dintero_psp.clicktopay",
        /// Dintero PSP card.
        DinteroPspCreditcard = "dintero_psp.creditcard",
        /// Dintero PSP Google Pay.
        DinteroPspGooglePay = "dintero_psp.googlepay",
        /// Dintero PSP Vipps.
        DinteroPspVipps = "dintero_psp.vipps",
        /// Instabank finance.
        InstabankFinance = "instabank.finance",
        /// Instabank invoice.
        InstabankInvoice = "instabank.invoice",
        /// Instabank installment (fixed part payment).
        InstabankInstallment = "instabank.installment",
        /// Instabank postponed payment.
        InstabankPostponement = "instabank.postponement",
        /// Klarna.
        KlarnaKlarna = "klarna.klarna",
        /// Klarna B2B with Billie.
        KlarnaBillie = "klarna.billie",
        /// Kravia B2B invoice.
        KraviaInvoiceB2b = "kravia.invoice_b2b",
        /// Kravia grouped B2B invoice.
        KraviaInvoiceB2bGrouped = "kravia.invoice_b2b_grouped",
        /// Kravia B2C invoice.
        KraviaInvoiceB2c = "kravia.invoice_b2c",
        /// Netaxept card.
        NetaxeptCreditcard = "netaxept.creditcard",
        /// Swedbank Pay Apple Pay.
        PayExApplePay = "payex.applepay",
        /// Swedbank Pay Click to Pay.
        PayExClickToPay = "payex.clicktopay",
        /// Swedbank Pay card.
        PayExCreditcard = "payex.creditcard",
        /// Swedbank Pay Google Pay.
        PayExGooglePay = "payex.googlepay",
        /// Swedbank Pay MobilePay.
        PayExMobilePay = "payex.mobilepay",
        /// Swedbank Pay Swish.
        PayExSwish = "payex.swish",
        /// Swedbank Pay Vipps.
        PayExVipps = "payex.vipps",
        /// Santander debit account.
        SantanderDebitAccount = "santander.debit_account",
        /// Seitatech in-person (terminal) payment.
        SeitatechInPerson = "seitatech.in_person",
        /// Swish.
        SwishSwish = "swish.swish",
        /// Two B2B invoice.
        TwoInvoiceB2b = "two.invoice_b2b",
        /// Vipps (direct).
        Vipps = "vipps",
    }
}

open_enum! {
    /// A payment product (the part of a payment product type before the dot).
    ts: open,
    pub enum PaymentProduct {
        /// Bambora.
        Bambora = "bambora",
        /// Collector Bank.
        Collector = "collector",
        /// Dintero.
        Dintero = "dintero",
        /// Dintero PSP.
        DinteroPsp = "dintero_psp",
        /// Instabank.
        Instabank = "instabank",
        /// Klarna.
        Klarna = "klarna",
        /// Kravia.
        Kravia = "kravia",
        /// Netaxept.
        Netaxept = "netaxept",
        /// Swedbank Pay (PayEx).
        PayEx = "payex",
        /// Santander.
        Santander = "santander",
        /// Seitatech.
        Seitatech = "seitatech",
        /// Swish.
        Swish = "swish",
        /// Two.
        Two = "two",
        /// Vipps.
        Vipps = "vipps",
    }
}
