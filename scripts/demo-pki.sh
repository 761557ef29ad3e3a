#!/usr/bin/env bash
# Generates the demo PKI of the platform: a demo CA, the server certificate (localhost, 127.0.0.1, ::1), the
# certificates of the demo partners and print centre and the platform's signing certificate, all signed by that CA,
# and the CA's certificate revocation list (ca.crl, written by DemoCrl.java: keytool cannot). Demo and test material
# only: it is
# made at build time, never committed, and must never be used outside a developer machine or CI.
# Usage: demo-pki.sh OUTPUT_DIR
set -euo pipefail
out=${1:?output directory}
scripts=$(cd "$(dirname "$0")" && pwd)
pass=${IMPRIMFIP_DEMO_PKI_PASSWORD:-demo-pki-password}
validity=825
mkdir -p "$out"
cd "$out"
# the marker names the PKI's contents: a build with an older one makes it again from scratch
[ -f .complete-v5 ] && exit 0
rm -f -- *.p12 *.pem *.crl .complete*

kt() { keytool -storepass "$pass" -keypass "$pass" -noprompt "$@"; }

kt -genkeypair -alias demo-ca -keyalg EC -groupname secp256r1 -dname "CN=Imprim'FIP Demo CA,O=Imprim'FIP demo,C=FR" \
   -ext bc:c -ext ku:c=keyCertSign,cRLSign -validity 3650 -keystore ca.p12 -storetype PKCS12
kt -exportcert -rfc -alias demo-ca -keystore ca.p12 -file ca.pem

# issue_by CA_FILE CA_ALIAS NAME DNAME EXTRA_EXT...: a key pair signed by the CA kept in CA_FILE.p12 (and
# CA_FILE.pem) under CA_ALIAS, in NAME.p12 with its chain, and NAME.pem
issue_by() {
  local ca_file=$1 ca=$2 name=$3 dname=$4; shift 4
  kt -genkeypair -alias "$name" -keyalg EC -groupname secp256r1 -dname "$dname" -validity "$validity" \
     -keystore "$name.p12" -storetype PKCS12
  kt -certreq -alias "$name" -keystore "$name.p12" -file "$name.csr"
  kt -gencert -alias "$ca" -keystore "$ca_file.p12" -infile "$name.csr" -outfile "$name.pem" -rfc \
     -validity "$validity" "$@"
  kt -importcert -alias "$ca" -keystore "$name.p12" -file "$ca_file.pem"
  kt -importcert -alias "$name" -keystore "$name.p12" -file "$name.pem"
  rm -f "$name.csr"
}
issue() { issue_by ca demo-ca "$@"; }

issue server "CN=localhost,O=Imprim'FIP demo,C=FR" -ext san=dns:localhost,ip:127.0.0.1,ip:::1 -ext eku=serverAuth
issue demo-partner "CN=demo-partner,O=Demo administration,C=FR" -ext eku=clientAuth
issue demo-partner-b "CN=demo-partner-b,O=Other demo administration,C=FR" -ext eku=clientAuth
issue demo-editique "CN=demo-editique,O=Demo print centre,C=FR" -ext eku=clientAuth
# The platform itself, when it registers partners' OAuth clients through Keycloak's admin API.
issue registrar "CN=imprimfip-registrar,O=Imprimfip demo,C=FR" -ext eku=clientAuth
# The platform's signature on the proofs of electronic registered letters (lre.proof, wildfly-config/signing.cli).
issue platform-signing "CN=Imprim'FIP plateforme (demo),O=Imprim'FIP demo,C=FR" -ext ku:c=digitalSignature,nonRepudiation
# For the onboarding tests only: the application of a partner created through the admin API.
issue onboarding-test "CN=onboarding-test,O=Onboarding test administration,C=FR" -ext eku=clientAuth
# For the certificate identity tests only: two certificates of the same subject from the demo CA with different
# keys (a re-issued or forged one), and one that a test revokes.
issue identity-test "CN=identity-test,O=Identity test administration,C=FR" -ext eku=clientAuth
issue identity-test-twin "CN=identity-test,O=Identity test administration,C=FR" -ext eku=clientAuth
issue revoked-test "CN=revoked-test,O=Revocation test administration,C=FR" -ext eku=clientAuth

# For the security tests only: a CA nobody trusts, and a certificate it signed with a demo partner's name.
kt -genkeypair -alias rogue-ca -keyalg EC -groupname secp256r1 -dname "CN=Rogue CA,O=Nobody,C=FR" \
   -ext bc:c -ext ku:c=keyCertSign,cRLSign -validity 3650 -keystore rogue-ca.p12 -storetype PKCS12
kt -exportcert -rfc -alias rogue-ca -keystore rogue-ca.p12 -file rogue-ca.pem
issue_by rogue-ca rogue-ca rogue-partner "CN=demo-partner,O=Demo administration,C=FR" -ext eku=clientAuth

kt -importcert -alias demo-ca -file ca.pem -keystore truststore.p12 -storetype PKCS12
# The CA's revocation list, nothing revoked yet; the server's trust manager checks every client certificate against it.
java "$scripts/DemoCrl.java" ca.p12 demo-ca "$pass" "$validity" ca.crl
touch .complete-v5
echo "Demo PKI written to $out (password: the demo default unless IMPRIMFIP_DEMO_PKI_PASSWORD is set)"
