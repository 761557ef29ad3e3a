#!/usr/bin/env bash
# Generates the demo PKI of the platform: a demo CA, the server certificate (localhost, 127.0.0.1, ::1) and the
# certificates of the demo partners and print centre, all signed by that CA. Demo and test material only: it is
# made at build time, never committed, and must never be used outside a developer machine or CI.
# Usage: demo-pki.sh OUTPUT_DIR
set -euo pipefail
out=${1:?output directory}
pass=${IMPRIMFIP_DEMO_PKI_PASSWORD:-demo-pki-password}
validity=825
mkdir -p "$out"
cd "$out"
[ -f .complete ] && exit 0

kt() { keytool -storepass "$pass" -keypass "$pass" -noprompt "$@"; }

kt -genkeypair -alias demo-ca -keyalg EC -groupname secp256r1 -dname "CN=Imprim'FIP Demo CA,O=Imprim'FIP demo,C=FR" \
   -ext bc:c -ext ku:c=keyCertSign,cRLSign -validity 3650 -keystore ca.p12 -storetype PKCS12
kt -exportcert -rfc -alias demo-ca -keystore ca.p12 -file ca.pem

# issue NAME DNAME EXTRA_EXT...: a key pair signed by the demo CA, in NAME.p12 with its chain, and NAME.pem
issue() {
  local name=$1 dname=$2; shift 2
  kt -genkeypair -alias "$name" -keyalg EC -groupname secp256r1 -dname "$dname" -validity "$validity" \
     -keystore "$name.p12" -storetype PKCS12
  kt -certreq -alias "$name" -keystore "$name.p12" -file "$name.csr"
  kt -gencert -alias demo-ca -keystore ca.p12 -infile "$name.csr" -outfile "$name.pem" -rfc -validity "$validity" "$@"
  kt -importcert -alias demo-ca -keystore "$name.p12" -file ca.pem
  kt -importcert -alias "$name" -keystore "$name.p12" -file "$name.pem"
  rm -f "$name.csr"
}

issue server "CN=localhost,O=Imprim'FIP demo,C=FR" -ext san=dns:localhost,ip:127.0.0.1,ip:::1 -ext eku=serverAuth
issue demo-partner "CN=demo-partner,O=Demo administration,C=FR" -ext eku=clientAuth
issue demo-partner-b "CN=demo-partner-b,O=Other demo administration,C=FR" -ext eku=clientAuth
issue demo-editique "CN=demo-editique,O=Demo print centre,C=FR" -ext eku=clientAuth

kt -importcert -alias demo-ca -file ca.pem -keystore truststore.p12 -storetype PKCS12
touch .complete
echo "Demo PKI written to $out (password: the demo default unless IMPRIMFIP_DEMO_PKI_PASSWORD is set)"
