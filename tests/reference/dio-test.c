// SPDX-License-Identifier: GPL-2.0
/*
 * dio-test - the direct I/O paths of the reference conversion, run inside
 * the booted kernel (scripts/reference-boot), with the FOLL_PIN counters of
 * /proc/vmstat read around each one.
 *
 * Each test prints one line:
 *
 *	dio-test: NAME: ok|FAILED (...) acquired=A released=R
 *
 * where A and R are how much nr_foll_pin_acquired and nr_foll_pin_released
 * grew during it, once the I/O has completed.  The last line sums them.
 * The disks are the ones reference-boot gives qemu: vda (ext4), vdb (ext2,
 * which still uses fs/direct-io.c), vdc (raw), nvme0n1 (raw, for the
 * passthrough ioctl that maps user pages with blk_rq_map_user_iov()).
 * It is kernel-style C built with gcc -static for the initramfs.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/loop.h>
#include <linux/nvme_ioctl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

#define ALIGN	4096
#define BIG	(2 << 20)	/* more pages than one bio holds */

struct pins {
	long acquired;
	long released;
};

static struct pins total;
static int failures;

static long vmstat(const char *name)
{
	char key[64];
	long val;
	FILE *f = fopen("/proc/vmstat", "r");

	if (!f)
		return -1;
	while (fscanf(f, "%63s %ld", key, &val) == 2) {
		if (!strcmp(key, name)) {
			fclose(f);
			return val;
		}
	}
	fclose(f);
	return -1;
}

/*
 * The counters gather per-CPU deltas that reach /proc/vmstat only past a
 * threshold or once a second; stat_refresh folds them in now.
 */
static void stat_refresh(void)
{
	int fd = open("/proc/sys/vm/stat_refresh", O_WRONLY);

	if (fd >= 0) {
		if (write(fd, "1\n", 2) < 0)
			perror("dio-test: stat_refresh");
		close(fd);
	}
}

static struct pins pins_now(void)
{
	stat_refresh();
	return (struct pins){ vmstat("nr_foll_pin_acquired"),
			      vmstat("nr_foll_pin_released") };
}

/*
 * Releases may run after the syscall returns (bio completion, the deferred
 * bio_dirty_fn()): wait, a little, for the counters to settle.
 */
static struct pins pins_settled(void)
{
	struct pins p = pins_now();
	int i;

	for (i = 0; i < 50 && p.acquired != p.released; i++) {
		usleep(20000);
		p = pins_now();
	}
	return p;
}

static void *buffer(size_t len, int fill)
{
	void *buf = mmap(NULL, len, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (buf == MAP_FAILED)
		return NULL;
	memset(buf, fill, len);
	return buf;
}

/* O_DIRECT write of len bytes, then O_DIRECT read back and compare. */
static int write_read(const char *path, int flags, size_t len)
{
	char *out = buffer(len, 0x5a), *in = buffer(len, 0);
	int fd, ret = -1;

	if (!out || !in)
		return -1;
	fd = open(path, O_RDWR | O_DIRECT | flags, 0644);
	if (fd < 0)
		return -1;
	if (pwrite(fd, out, len, 0) == (ssize_t)len &&
	    pread(fd, in, len, 0) == (ssize_t)len && !memcmp(in, out, len))
		ret = 0;
	close(fd);
	munmap(out, len);
	munmap(in, len);
	return ret;
}

static int ext4_file(void)
{
	return write_read("/mnt/ext4/dio", O_CREAT, BIG);
}

static int ext2_file(void)
{
	return write_read("/mnt/ext2/dio", O_CREAT, BIG);
}

static int raw_small(void)
{
	return write_read("/dev/vdc", 0, 16 * ALIGN);
}

static int raw_big(void)
{
	return write_read("/dev/vdc", 0, BIG);
}

/* An O_DIRECT file spliced into a pipe: the read goes into ITER_PIPE pages. */
static int splice_pipe(void)
{
	char *buf = buffer(16 * ALIGN, 0);
	int fd, pfd[2], ret = -1;
	loff_t off = 0;

	if (!buf || write_read("/mnt/ext4/splice", O_CREAT, 16 * ALIGN))
		return -1;
	fd = open("/mnt/ext4/splice", O_RDONLY | O_DIRECT);
	if (fd < 0 || pipe(pfd))
		return -1;
	if (splice(fd, &off, pfd[1], NULL, 16 * ALIGN, 0) > 0 &&
	    read(pfd[0], buf, 16 * ALIGN) > 0 && buf[0] == 0x5a)
		ret = 0;
	close(pfd[0]);
	close(pfd[1]);
	close(fd);
	return ret;
}

/*
 * A loop device in direct I/O mode over a file on ext4: O_DIRECT on the
 * loop device pins the user pages; the loop driver passes them on to ext4
 * as an ITER_BVEC, which takes no reference (BIO_NO_PAGE_REF).
 */
static int loop_dio(void)
{
	struct loop_config cfg = { .info.lo_flags = LO_FLAGS_DIRECT_IO };
	int ctl, dev, back, ret = -1;
	char name[32];

	back = open("/mnt/ext4/backing", O_RDWR | O_CREAT, 0644);
	if (back < 0 || ftruncate(back, 8 << 20))
		return -1;
	ctl = open("/dev/loop-control", O_RDWR);
	dev = ctl < 0 ? -1 : ioctl(ctl, LOOP_CTL_GET_FREE);
	if (dev < 0)
		return -1;
	snprintf(name, sizeof(name), "/dev/loop%d", dev);
	dev = open(name, O_RDWR);
	cfg.fd = back;
	cfg.block_size = ALIGN;
	if (dev >= 0 && !ioctl(dev, LOOP_CONFIGURE, &cfg)) {
		ret = write_read(name, 0, BIG);
		ioctl(dev, LOOP_CLR_FD, 0);
	}
	close(dev);
	close(ctl);
	close(back);
	return ret;
}

/*
 * An NVMe Read through the vectored passthrough ioctl: blk_rq_map_user_iov()
 * maps an ITER_IOVEC of user pages with bio_map_user_iov() (blk-map.c).
 * reference-boot wrote 0x5a into the disk's first 4 KiB.
 */
static int nvme_passthru(void)
{
	char *buf = buffer(ALIGN, 0);
	struct iovec iov = { .iov_base = buf, .iov_len = ALIGN };
	struct nvme_passthru_cmd64 cmd = {
		.opcode = 0x02,			/* Read */
		.nsid = 1,
		.addr = (unsigned long)&iov,
		.vec_cnt = 1,
		.cdw12 = ALIGN / 512 - 1,	/* blocks, 0-based */
	};
	int fd = open("/dev/nvme0n1", O_RDONLY), ret;

	if (fd < 0 || !buf)
		return -1;
	ret = ioctl(fd, NVME_IOCTL_IO64_CMD_VEC, &cmd);
	close(fd);
	return ret == 0 && buf[0] == 0x5a && buf[ALIGN - 1] == 0x5a ? 0 : -1;
}

static void run(const char *name, int (*test)(void))
{
	struct pins before = pins_settled(), after;
	int err = test();
	int saved = errno;

	after = pins_settled();
	after.acquired -= before.acquired;
	after.released -= before.released;
	total.acquired += after.acquired;
	total.released += after.released;
	if (err)
		failures++;
	printf("dio-test: %s: %s%s%s acquired=%ld released=%ld\n", name,
	       err ? "FAILED (" : "ok", err ? strerror(saved) : "",
	       err ? ")" : "", after.acquired, after.released);
}

int main(void)
{
	struct pins start = pins_now();

	printf("dio-test: start acquired=%ld released=%ld\n",
	       start.acquired, start.released);
	run("ext4-odirect-file", ext4_file);
	run("ext2-odirect-file", ext2_file);
	run("raw-odirect-64k", raw_small);
	run("raw-odirect-2m", raw_big);
	run("splice-odirect-to-pipe", splice_pipe);
	run("loop-direct-io", loop_dio);
	run("nvme-passthrough", nvme_passthru);
	printf("dio-test: total acquired=%ld released=%ld failures=%d\n",
	       total.acquired, total.released, failures);
	return failures ? 1 : 0;
}
