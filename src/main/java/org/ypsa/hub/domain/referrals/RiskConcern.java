package org.ypsa.hub.domain.referrals;

/** A provider's answer to a referral it cannot safely accept (seed 001, 3.2). */
public record RiskConcern(String referralReference, String providerId, String providerName, String riskUnableToManage,
        String whyItCannotBeManaged, String whatWouldEnableIt) {
}
