// Firewall rules letting the given addresses (the web app's outbound addresses) reach the PostgreSQL server.
// A module, because the addresses are known only once the web app exists.

@description('Name of the PostgreSQL flexible server.')
param postgresServerName string

@description('IPv4 addresses allowed to connect.')
param allowedAddresses array

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' existing = {
  name: postgresServerName
}

// One at a time: the server refuses concurrent firewall changes.
@batchSize(1)
resource rules 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = [for (address, index) in allowedAddresses: {
  parent: server
  name: 'web-app-outbound-${index}'
  properties: {
    startIpAddress: address
    endIpAddress: address
  }
}]
