// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Xunit;

// Each class runs real devices, a real broker and real time: one at a time on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
