// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "matchd",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "matchd", targets: ["matchd"]),
        .library(name: "MatchCore", targets: ["MatchCore"]),
        .library(name: "PlainJSON", targets: ["PlainJSON"]),
        .library(name: "Profiles", targets: ["Profiles"]),
        .library(name: "SQLiteStorage", targets: ["SQLiteStorage"]),
        .library(name: "Delivery", targets: ["Delivery"]),
        .library(name: "MatchAPI", targets: ["MatchAPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird.git", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(
            name: "MatchCore",
            swiftSettings: swiftSettings
        ),
        .target(
            // The JSON read and written without Foundation's coders on the hot paths (bulk import,
            // JSON columns, start-up, the match lists): the byte scanner, the streaming array
            // reader and the writers. Foundation only; the per-type adapters live beside their types.
            name: "PlainJSON",
            swiftSettings: swiftSettings
        ),
        .target(
            // The domain: records, validation, the access policy, the pure workflows, event types
            // and the store protocols. No database, no network.
            name: "Profiles",
            dependencies: [
                "MatchCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            // The SQLite store (GRDB): schema, migrations and every SQL statement, one folder per feature.
            name: "SQLiteStorage",
            dependencies: [
                "MatchCore",
                "Profiles",
                "PlainJSON",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            // Merging an official ESCO release into the taxonomy files (`matchd taxonomy import-esco`).
            name: "EscoImport",
            dependencies: ["MatchCore", "Profiles"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Delivery",
            dependencies: [
                "Profiles",
                "CCurl",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "MatchAPI",
            dependencies: [
                "MatchCore",
                "Profiles",
                "PlainJSON",
                "SQLiteStorage",
                "Delivery",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("openapi.yaml"), .copy("Pages/Templates"), .copy("Pages/Strings"), .copy("Pages/Assets")],
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .executableTarget(
            name: "matchd",
            dependencies: [
                "MatchCore",
                "Profiles",
                "SQLiteStorage",
                "EscoImport",
                "Delivery",
                "MatchAPI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "matchbench",
            dependencies: ["MatchCore", "Profiles", "SQLiteStorage"],
            path: "Benchmarks/MatchBench",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MatchCoreTests",
            dependencies: [
                "MatchCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            // The plain-JSON reader and writers against Foundation's coders.
            name: "PlainJSONTests",
            dependencies: [
                "PlainJSON",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MatchBenchTests",
            dependencies: ["matchbench", "Profiles", "SQLiteStorage", "MatchCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProfilesTests",
            dependencies: ["Profiles", "MatchCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SQLiteStorageTests",
            dependencies: ["SQLiteStorage", "Profiles", "MatchCore", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EscoImportTests",
            dependencies: ["EscoImport", "Profiles", "MatchCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TestReceiver",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/Support/TestReceiver",
            swiftSettings: swiftSettings
        ),
        .target(
            // The mail tests' SMTP server (Tests/Support/smtp_server.py, aiosmtpd) as a subprocess.
            name: "MailTestSupport",
            path: "Tests/Support/MailTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DeliveryTests",
            dependencies: [
                "Delivery", "Profiles", "SQLiteStorage", "TestReceiver", "MailTestSupport", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            // The `matchd` binary as an operator runs it, in subprocesses (built by `swift build --build-tests`).
            name: "matchdTests",
            dependencies: ["SQLiteStorage", "Profiles", "MailTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MatchAPITests",
            dependencies: [
                "MatchAPI", "Profiles", "SQLiteStorage", "MatchCore", "Delivery", "TestReceiver", "MailTestSupport", "PlainJSON",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
