// amplify-dynamodb-simulator is used only for the DynamoDB Local jar it ships;
// its JavaScript wrapper (and the Amplify CLI core it pulls in) is never loaded.
function readPackage(pkg) {
  if (pkg.name === "amplify-dynamodb-simulator") {
    pkg.dependencies = {};
  }
  return pkg;
}
module.exports = { hooks: { readPackage } };
