#!/usr/bin/env bash
# Prints a staff member's access token for the finance and admin APIs, obtained by the OAuth 2.0 device
# authorization grant (RFC 8628) of Keycloak's client imprimfip-staff-cli: no password is typed here. The script
# shows an address and a code; the staff member opens it in a browser, signs in on Keycloak's page and approves;
# the script then prints the token on stdout (everything else goes to stderr), e.g.
#   ADM=$(scripts/staff-token.sh)
# Environment: IMPRIMFIP_KEYCLOAK_URL (default http://127.0.0.1:18080), IMPRIMFIP_KEYCLOAK_REALM (imprimfip).
set -euo pipefail
keycloak=${IMPRIMFIP_KEYCLOAK_URL:-http://127.0.0.1:18080}
realm=${IMPRIMFIP_KEYCLOAK_REALM:-imprimfip}
client=imprimfip-staff-cli
endpoint="$keycloak/realms/$realm/protocol/openid-connect"

field() { sed -nE "s/.*\"$1\":\"?([^\",}]*)\"?.*/\1/p" <<<"$2"; }

device=$(curl -fsS -d client_id=$client "$endpoint/auth/device") || {
  echo "Keycloak refused the device authorization request at $endpoint" >&2; exit 1; }
device_code=$(field device_code "$device")
interval=$(field interval "$device"); interval=${interval:-5}
expires=$(field expires_in "$device"); expires=${expires:-600}

cat >&2 <<MSG
Open this address in a browser, sign in and approve (code $(field user_code "$device")):
  $(field verification_uri_complete "$device")
Waiting up to $((expires / 60)) minutes...
MSG

deadline=$(( $(date +%s) + expires ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  sleep "$interval"
  answer=$(curl -sS -d grant_type=urn:ietf:params:oauth:grant-type:device_code -d client_id=$client \
    -d device_code="$device_code" "$endpoint/token")
  token=$(field access_token "$answer")
  if [ -n "$token" ]; then echo "$token"; exit 0; fi
  case "$(field error "$answer")" in
    authorization_pending) ;;
    slow_down) interval=$((interval + 5)) ;;
    access_denied) echo "The request was refused in the browser." >&2; exit 1 ;;
    expired_token) break ;;
    *) echo "Keycloak answered: $answer" >&2; exit 1 ;;
  esac
done
echo "The code expired before it was approved; run the script again." >&2
exit 1
