/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's page reference API as the fixtures need it, declared as
 * Linux 6.1 declares it (include/linux/mm.h, uio.h, bio.h): put_page()
 * and folio_put() are static inlines, as sparse sees them in a real tree.
 */
#ifndef PINCHECK_KERNEL_H
#define PINCHECK_KERNEL_H

#define NULL ((void *)0)
#define bool _Bool
#define true 1
#define false 0
#define EFAULT 14
#define ENOMEM 12
#define EAGAIN 11
#define EINVAL 22
#define EIO 5
#define EOPNOTSUPP 95
#define GFP_KERNEL 0xcc0
#define FOLL_WRITE 0x01
#define FOLL_GET 0x04
#define FOLL_LONGTERM 0x10000
#define FOLL_PIN 0x40000
#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)

typedef unsigned long size_t;
typedef long ssize_t;
typedef unsigned long long u64;
typedef unsigned int u32;

struct list_head { struct list_head *next, *prev; };
struct page { unsigned long flags; unsigned long compound_head; int _refcount; };
struct folio { struct page page; };
struct mm_struct;
struct vm_area_struct;
/* 6.12's order; 6.1's differs (IOVEC first, UBUF last, PIPE): see iter-6.1-order */
#ifndef PINCHECK_ITER_ENUM
enum iter_type {
	ITER_UBUF, ITER_IOVEC, ITER_BVEC, ITER_KVEC, ITER_FOLIOQ,
	ITER_XARRAY, ITER_DISCARD,
};
#endif
struct iov_iter { unsigned char iter_type; bool data_source; size_t count; };
struct kvec { void *iov_base; size_t iov_len; };
struct bio_vec { struct page *bv_page; unsigned int bv_len; unsigned int bv_offset; };
struct bio { unsigned short bi_vcnt; struct bio_vec *bi_io_vec; };
struct scatterlist { unsigned long page_link; unsigned int offset, length; };

extern struct page *vmemmap;
#define page_to_pfn(page)	((unsigned long)((page) - vmemmap))
#define pfn_to_page(pfn)	(vmemmap + (pfn))

#define MAX_ERRNO	4095

static inline bool IS_ERR(const void *ptr)
{
	return (unsigned long)ptr >= (unsigned long)-MAX_ERRNO;
}

static inline long PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

static inline void *ERR_PTR(long error)
{
	return (void *)error;
}

static inline unsigned long _compound_head(const struct page *page)
{
	unsigned long head = page->compound_head;

	if (head & 1)
		return head - 1;
	return (unsigned long)page;
}
#define page_folio(p)	((struct folio *)_compound_head(p))

bool folio_put_testzero(struct folio *folio);
void __folio_put(struct folio *folio);
void release_pages(struct page **pages, int nr);
void put_pages_list(struct list_head *pages);

static inline void folio_put(struct folio *folio)
{
	if (folio_put_testzero(folio))
		__folio_put(folio);
}

bool folio_ref_sub_and_test(struct folio *folio, int refs);

static inline void folio_put_refs(struct folio *folio, int refs)
{
	if (folio_ref_sub_and_test(folio, refs))
		__folio_put(folio);
}

static inline void put_page(struct page *page)
{
	struct folio *folio = page_folio(page);

	folio_put(folio);
}

static inline void folios_put(struct folio **folios, unsigned int nr)
{
	release_pages((struct page **)folios, nr);
}

void get_page(struct page *page);
int set_page_dirty_lock(struct page *page);
struct page *alloc_page(unsigned int gfp);
void __free_page(struct page *page);
struct page *find_get_page(void *mapping, unsigned long index);

void unpin_user_page(struct page *page);
void unpin_user_pages_dirty_lock(struct page **pages, unsigned long npages,
				 bool make_dirty);
void unpin_user_page_range_dirty_lock(struct page *page, unsigned long npages,
				      bool make_dirty);
void unpin_user_pages(struct page **pages, unsigned long npages);
void unpin_folio(struct folio *folio);
void unpin_user_folio(struct folio *folio, unsigned long npages);
void unpin_folios(struct folio **folios, unsigned long nfolios);
void put_user_page(struct page *page);
void put_user_pages(struct page **pages, unsigned long npages);
void put_user_pages_dirty_lock(struct page **pages, unsigned long npages,
			       bool make_dirty);

long get_user_pages_remote(struct mm_struct *mm, unsigned long start,
			   unsigned long nr_pages, unsigned int gup_flags,
			   struct page **pages, struct vm_area_struct **vmas,
			   int *locked);
long pin_user_pages_remote(struct mm_struct *mm, unsigned long start,
			   unsigned long nr_pages, unsigned int gup_flags,
			   struct page **pages, struct vm_area_struct **vmas,
			   int *locked);
long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
long pin_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
long get_user_pages_locked(unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   int *locked);
long pin_user_pages_locked(unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   int *locked);
long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
long pin_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int pin_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int get_user_pages_fast_only(unsigned long start, int nr_pages,
			     unsigned int gup_flags, struct page **pages);
int pin_user_pages_fast_only(unsigned long start, int nr_pages,
			     unsigned int gup_flags, struct page **pages);
static inline bool get_user_page_fast_only(unsigned long addr,
			unsigned int gup_flags, struct page **pagep)
{
	return get_user_pages_fast_only(addr, 1, gup_flags, pagep) == 1;
}
bool try_grab_page(struct page *page, unsigned int flags);
struct folio *try_grab_folio(struct page *page, int refs, unsigned int flags);

/* the seed series' and the reference series' calls (not in 6.1) */
void pin_page(struct page *page);
void pin_user_page(struct page *page);
ssize_t iov_iter_pin_pages(struct iov_iter *i, struct page **pages,
			   size_t maxsize, unsigned int maxpages, size_t *start);
ssize_t iov_iter_pin_pages_alloc(struct iov_iter *i, struct page ***pages,
				 size_t maxsize, size_t *start);
ssize_t iov_iter_pin_user_pages(struct iov_iter *i, struct page **pages,
				size_t maxsize, unsigned int maxpages,
				size_t *start);
ssize_t iov_iter_pin_user_pages_alloc(struct iov_iter *i,
				      struct page ***pages, size_t maxsize,
				      size_t *start);
long memfd_pin_folios(void *memfd, long start, long end,
		      struct folio **folios, unsigned int max_folios,
		      long *offset);
ssize_t iov_iter_extract_pages(struct iov_iter *i, struct page ***pages,
			       size_t maxsize, unsigned int maxpages,
			       unsigned int extraction_flags, size_t *offset0);
ssize_t iov_iter_extract_bvecs(struct iov_iter *iter, struct bio_vec *bv,
			       size_t max_size, unsigned short *nr_vecs,
			       unsigned short max_vecs, unsigned mem_align_mask,
			       unsigned int extraction_flags);

/* include/linux/uio.h, 6.12 */
static inline enum iter_type iov_iter_type(const struct iov_iter *i)
{
	return i->iter_type;
}

static inline bool iter_is_ubuf(const struct iov_iter *i)
{
	return iov_iter_type(i) == ITER_UBUF;
}

static inline bool iter_is_iovec(const struct iov_iter *i)
{
	return iov_iter_type(i) == ITER_IOVEC;
}

static inline bool iov_iter_is_kvec(const struct iov_iter *i)
{
	return iov_iter_type(i) == ITER_KVEC;
}

static inline bool iov_iter_is_bvec(const struct iov_iter *i)
{
	return iov_iter_type(i) == ITER_BVEC;
}

static inline bool user_backed_iter(const struct iov_iter *i)
{
	return iter_is_ubuf(i) || iter_is_iovec(i);
}

static inline bool iov_iter_extract_will_pin(const struct iov_iter *iter)
{
	return user_backed_iter(iter);
}

static inline void iov_iter_ubuf(struct iov_iter *i, unsigned int direction,
				 void *buf, size_t count)
{
	i->iter_type = ITER_UBUF;
	i->data_source = direction;
	i->count = count;
}

int import_ubuf(int type, void *buf, size_t len, struct iov_iter *i);
void iov_iter_kvec(struct iov_iter *i, unsigned int direction,
		   const struct kvec *kvec, unsigned long nr_segs,
		   size_t count);
void iov_iter_bvec(struct iov_iter *i, unsigned int direction,
		   const struct bio_vec *bvec, unsigned long nr_segs,
		   size_t count);

ssize_t iov_iter_get_pages(struct iov_iter *i, struct page **pages,
			   size_t maxsize, unsigned int maxpages,
			   size_t *start);
ssize_t iov_iter_get_pages2(struct iov_iter *i, struct page **pages,
			    size_t maxsize, unsigned int maxpages,
			    size_t *start);
ssize_t iov_iter_get_pages_alloc(struct iov_iter *i, struct page ***pages,
				 size_t maxsize, size_t *start);
ssize_t iov_iter_get_pages_alloc2(struct iov_iter *i, struct page ***pages,
				  size_t maxsize, size_t *start);

int bio_iov_iter_get_pages(struct bio *bio, struct iov_iter *iter);
void __bio_release_pages(struct bio *bio, bool mark_dirty);
static inline void bio_release_pages(struct bio *bio, bool mark_dirty)
{
	__bio_release_pages(bio, mark_dirty);
}

void *kmalloc(size_t size, unsigned int flags);
void *kcalloc(size_t n, size_t size, unsigned int flags);
void *kvmalloc_array(size_t n, size_t size, unsigned int flags);
void *kvcalloc(size_t n, size_t size, unsigned int flags);
void *kmalloc_array(size_t n, size_t size, unsigned int flags);
void kfree(const void *p);
void kvfree(const void *p);

static inline void sg_set_page(struct scatterlist *sg, struct page *page,
			       unsigned int len, unsigned int offset)
{
	sg->page_link = (sg->page_link & 3) | (unsigned long)page;
	sg->offset = offset;
	sg->length = len;
}
#define sg_page(sg)	((struct page *)((sg)->page_link & ~3UL))

struct sg_table { struct scatterlist *sgl; unsigned int nents, orig_nents; };
int sg_alloc_table_from_pages(struct sg_table *sgt, struct page **pages,
			      unsigned int n_pages, unsigned int offset,
			      unsigned long size, unsigned int gfp_mask);
void sg_free_table(struct sg_table *sgt);

#endif
