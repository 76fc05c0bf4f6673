package org.ypsa.hub.adapter.mail.login;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a token service's error into a reason safe to log: the OAuth2 error code and Entra's AADSTS number only. */
final class OAuthErrors {
    private static final Pattern CODE = Pattern.compile("[a-z_]{1,40}");
    private static final Pattern AADSTS = Pattern.compile("AADSTS\\d{4,9}");

    private OAuthErrors() {
    }

    static LoginRefused refused(String provider, Integer status, String errorCode, String message) {
        String code = errorCode != null && CODE.matcher(errorCode).matches() ? errorCode : null;
        StringBuilder detail = new StringBuilder(provider);
        if (code != null) {
            detail.append(" said ").append(code);
        } else if (status != null) {
            detail.append(" answered HTTP ").append(status);
        }
        if (message != null) {
            Matcher m = AADSTS.matcher(message);
            if (m.find()) {
                detail.append(" (").append(m.group()).append(')');
            }
        }
        return new LoginRefused(reason(status, code), detail.toString());
    }

    private static LoginRefused.Reason reason(Integer status, String code) {
        if (code != null) {
            switch (code) {
                case "invalid_client", "invalid_grant":
                    return LoginRefused.Reason.CREDENTIALS_REJECTED;
                case "unauthorized_client", "access_denied", "consent_required", "interaction_required":
                    return LoginRefused.Reason.NOT_AUTHORISED;
                case "invalid_request", "invalid_scope", "invalid_resource", "unsupported_grant_type":
                    return LoginRefused.Reason.SETTINGS_REJECTED;
                case "temporarily_unavailable", "server_error":
                    return LoginRefused.Reason.TOKEN_SERVICE_UNAVAILABLE;
                default:
                    break;
            }
        }
        if (status == null || status >= 500 || status == 429 || status == 408) {
            return LoginRefused.Reason.TOKEN_SERVICE_UNAVAILABLE;
        }
        return status == 401 ? LoginRefused.Reason.CREDENTIALS_REJECTED : LoginRefused.Reason.SETTINGS_REJECTED;
    }
}
